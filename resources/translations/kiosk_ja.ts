<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the enrollment kiosk</source>
        <translation>生体情報登録端末について</translation>
    </message>
    <message>
        <source>Enrollment kiosk</source>
        <translation>生体情報登録端末</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>なし（既定の設定を使用）</translation>
    </message>
    <message>
        <source>installed bundle</source>
        <translation>インストール版</translation>
    </message>
    <message>
        <source>source tree</source>
        <translation>ソースコード</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>端末：</translation>
    </message>
    <message>
        <source>Configuration file:</source>
        <translation>設定ファイル：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>データフォルダー：</translation>
    </message>
    <message>
        <source>Running from:</source>
        <translation>実行元：</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>実行環境：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Third-party &amp;licences…</source>
        <translation>サードパーティのライセンス(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>アカウント作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>パスワード（確認）：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>パスワードをリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>無効化(&amp;D)</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>役割を変更(&amp;O)</translation>
    </message>
    <message>
        <source>The officer signs in with this temporary password and must then choose a new one.</source>
        <translation>担当者はこの仮パスワードでサインインし、その後に新しいパスワードを決める必要があります。</translation>
    </message>
    <message>
        <source>&amp;Set the temporary password</source>
        <translation>仮パスワードを設定(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>仮パスワード：</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新しいアカウント</translation>
    </message>
    <message>
        <source>Accounts of this station</source>
        <translation>この端末のアカウント</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当官</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技術者</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>%1 までロック中</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>仮パスワード</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>有効化(&amp;E)</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 のパスワードをリセット</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>%1 has a temporary password and must choose a new one at the next sign-in.</source>
        <translation>%1 に仮パスワードを設定しました。次回のサインイン時に新しいパスワードを決める必要があります。</translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation>%1 を有効にしました。再びサインインできます。</translation>
    </message>
    <message>
        <source>%1 is disabled: this account cannot sign in.</source>
        <translation>%1 を無効にしました。このアカウントではサインインできません。</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 の役割：%2。</translation>
    </message>
    <message>
        <source>%1 is unlocked and can sign in now.</source>
        <translation>%1 のロックを解除しました。今すぐサインインできます。</translation>
    </message>
</context>
<context>
    <name>ApplicantDisplay</name>
    <message>
        <source>Applicant display</source>
        <translation>申請者用画面</translation>
    </message>
</context>
<context>
    <name>ApplicantForm</name>
    <message>
        <source>Surname (as in the passport)</source>
        <translation>姓（パスポートの表記どおり）</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>母国語表記の氏名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>女性 (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>男性 (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>未指定 (X)</translation>
    </message>
    <message>
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>生年月日（日/月/年）</translation>
    </message>
    <message>
        <source>Nationality (ICAO code)</source>
        <translation>国籍 (ICAOコード)</translation>
    </message>
    <message>
        <source>Issuing state (ICAO code)</source>
        <translation>発行国 (ICAOコード)</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>パスポート番号</translation>
    </message>
    <message>
        <source>Passport expiry (dd/mm/yyyy)</source>
        <translation>パスポート有効期限（日/月/年）</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>No residence card</source>
        <translation>在留カードなし</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>一時在留カード</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>永住カード</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <source>Residence card expiry (dd/mm/yyyy)</source>
        <translation>在留カード有効期限（日/月/年）</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>ベトナム国内の住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>メール（任意）</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>希望言語</translation>
    </message>
</context>
<context>
    <name>ApplicantPrompts</name>
    <message>
        <source>Welcome. The officer will guide you.</source>
        <translation>ようこそ。係員がご案内します。</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>少々お待ちください。</translation>
    </message>
    <message>
        <source>Thank you. Your photo has been taken.</source>
        <translation>ありがとうございます。写真の撮影が終わりました。</translation>
    </message>
    <message>
        <source>Place your left four fingers on the scanner.</source>
        <translation>左手の4本の指をスキャナーに置いてください。</translation>
    </message>
    <message>
        <source>Place your right four fingers on the scanner.</source>
        <translation>右手の4本の指をスキャナーに置いてください。</translation>
    </message>
    <message>
        <source>Place both thumbs on the scanner.</source>
        <translation>両手の親指をスキャナーに置いてください。</translation>
    </message>
    <message>
        <source>Place the finger the officer shows you on the scanner.</source>
        <translation>係員が示す指をスキャナーに置いてください。</translation>
    </message>
    <message>
        <source>Lift your fingers from the scanner.</source>
        <translation>スキャナーから指を離してください。</translation>
    </message>
    <message>
        <source>Try again, press a little harder.</source>
        <translation>もう一度、少し強めに押してください。</translation>
    </message>
    <message>
        <source>Done – thank you!</source>
        <translation>完了しました。ありがとうございました！</translation>
    </message>
</context>
<context>
    <name>ApplicantScreen</name>
    <message>
        <source>Scan the passport with the reader (at any time, wherever the cursor is), or type the data.</source>
        <translation>リーダーでパスポートを読み取るか（カーソルの位置に関係なくいつでも可能）、データを入力してください。</translation>
    </message>
    <message>
        <source>Read a ticket with the &amp;camera  (F4)</source>
        <translation>カメラで登録票を読み取る(&amp;C)  (F4)</translation>
    </message>
    <message>
        <source>Continue to the &amp;photo  (Ctrl+Enter)</source>
        <translation>写真撮影へ進む(&amp;P)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New enrollment</source>
        <translation>新規登録</translation>
    </message>
    <message>
        <source>Failed: %1. Scan again or type the data from the document.</source>
        <translation>確認失敗：%1。再度読み取るか、書類を見てデータを入力してください。</translation>
    </message>
    <message>
        <source>The camera was not sure of the highlighted letters, and names have no check digit. Type the right letter, or press F7 if it matches the passport.</source>
        <translation>カメラは強調表示された文字を確実に読み取れませんでした。氏名にはチェックディジットがありません。正しい文字を入力するか、パスポートと一致する場合は F7 を押してください。</translation>
    </message>
    <message>
        <source>Eligibility: still needs %1.</source>
        <translation>資格：%1がまだ必要です。</translation>
    </message>
    <message>
        <source>Another passport: the previous applicant&apos;s data was cleared.</source>
        <translation>別のパスポート：前の申請者のデータは消去されました。</translation>
    </message>
    <message>
        <source>Correct applicant data</source>
        <translation>申請者情報の訂正</translation>
    </message>
    <message>
        <source>Save and return to the &amp;review  (Ctrl+Enter)</source>
        <translation>保存して確認に戻る(&amp;R)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Correct what is wrong; the photo and fingerprints are kept.</source>
        <translation>誤りを訂正してください。写真と指紋はそのまま残ります。</translation>
    </message>
    <message>
        <source>Compare the highlighted name with the passport.</source>
        <translation>強調表示された氏名をパスポートと照合してください。</translation>
    </message>
    <message>
        <source>Pre-registration ticket %1: check the data against the passport.</source>
        <translation>事前登録票 %1：パスポートと照合してデータを確認してください。</translation>
    </message>
    <message>
        <source>Hold the ticket&apos;s QR code in front of the camera…</source>
        <translation>登録票のQRコードをカメラにかざしてください…</translation>
    </message>
    <message>
        <source>No ticket was seen by the camera. Try again, or scan the passport.</source>
        <translation>カメラで登録票を認識できませんでした。もう一度試すか、パスポートを読み取ってください。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Reason and approval</source>
        <translation>理由と承認</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>監督者：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>監督者のパスワード：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Ask a supervisor &amp;later</source>
        <translation>後で監督者に承認を依頼(&amp;L)</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>理由を入力してください。</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Requested</source>
        <translation>依頼日時</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>指</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Nothing waits for a supervisor.</source>
        <translation>監督者の承認待ちはありません。</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>判断(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1（依頼者 %2）：%3</translation>
    </message>
</context>
<context>
    <name>BringPage</name>
    <message>
        <source>What to bring</source>
        <translation>お持ちいただくもの</translation>
    </message>
    <message>
        <source>Step 1 of 6</source>
        <translation>ステップ 1/6</translation>
    </message>
    <message>
        <source>Your passport (or other travel document), valid today.</source>
        <translation>有効なパスポート（またはその他の渡航文書）。</translation>
    </message>
    <message>
        <source>Your Vietnamese temporary or permanent residence card, valid today.</source>
        <translation>有効なベトナムの一時在留カードまたは永住カード。</translation>
    </message>
    <message>
        <source>Bring the originals: photocopies are not accepted. Children come with a parent or guardian.</source>
        <translation>原本をお持ちください。コピーは受け付けておりません。お子様は保護者の方とご一緒にお越しください。</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>&amp;Find cameras</source>
        <translation>カメラを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>解像度：</translation>
    </message>
    <message>
        <source>Frame rate reported:</source>
        <translation>申告フレームレート：</translation>
    </message>
    <message>
        <source>Frame rate measured:</source>
        <translation>実測フレームレート：</translation>
    </message>
    <message>
        <source>Rotation (degrees)</source>
        <translation>回転（度）</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>要求する幅</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>要求する高さ</translation>
    </message>
    <message>
        <source>Frame rate to ask for</source>
        <translation>要求するフレームレート</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>上で選んだもの</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>カメラ：</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 フレーム/秒</translation>
    </message>
</context>
<context>
    <name>CancelEnrollmentDialog</name>
    <message>
        <source>The applicant left</source>
        <translation>申請者が退出した</translation>
    </message>
    <message>
        <source>The applicant does not want to enroll</source>
        <translation>申請者が登録を希望しない</translation>
    </message>
    <message>
        <source>Wrong applicant or document</source>
        <translation>申請者または書類の誤り</translation>
    </message>
    <message>
        <source>Started twice by mistake</source>
        <translation>誤って二重に開始した</translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation>その他（下に記入）</translation>
    </message>
    <message>
        <source>Cancel this enrollment</source>
        <translation>この登録を取り消す</translation>
    </message>
    <message>
        <source>Cancel the enrollment of %1? Its photo and fingerprints are deleted now; this cannot be undone.</source>
        <translation>%1 さんの登録を取り消しますか？写真と指紋は直ちに削除され、元に戻せません。</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>理由を選択…</translation>
    </message>
    <message>
        <source>Details (required for Other)</source>
        <translation>詳細（「その他」の場合は必須）</translation>
    </message>
    <message>
        <source>&amp;Cancel the enrollment</source>
        <translation>登録を取り消す(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>詳細(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>CentralPage</name>
    <message>
        <source>Central service address</source>
        <translation>中央サービスのアドレス</translation>
    </message>
    <message>
        <source>Station ID</source>
        <translation>ステーションID</translation>
    </message>
    <message>
        <source>Central service public key</source>
        <translation>中央サービスの公開鍵</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>中央サービスの受領確認署名鍵</translation>
    </message>
    <message>
        <source>Upload in the background</source>
        <translation>バックグラウンドでアップロード</translation>
    </message>
    <message>
        <source>The central service in the configuration is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>設定の中央サービスは監督者が確認したものではありません。監督者が確認するまで、何も封印・送信されません。</translation>
    </message>
    <message>
        <source>Supervisor &amp;confirms…</source>
        <translation>監督者が確認(&amp;C)…</translation>
    </message>
    <message>
        <source>Reading the station key…</source>
        <translation>ステーションの鍵を読み込み中…</translation>
    </message>
    <message>
        <source>Register this station at the central service with its public key (the private key never leaves this station):</source>
        <translation>次の公開鍵でこのステーションを中央サービスに登録してください（秘密鍵はこのステーションから出ません）：</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>中央サービス</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>利用できません: %1</translation>
    </message>
    <message>
        <source>Packets with applicants&apos; data will be sealed to and sent to this central service. A supervisor confirms the change (keys are shown by their fingerprints).</source>
        <translation>申請者のデータを含むパケットは、この中央サービス宛てに封印されて送信されます。監督者が変更を確認します（鍵はフィンガープリントで表示）。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordScreen</name>
    <message>
        <source>&amp;Save the new password</source>
        <translation>新しいパスワードを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード：</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>新しいパスワード（確認）：</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>新しいパスワードを決める</translation>
    </message>
    <message>
        <source>%1, a supervisor has reset your password. Choose a new password that only you know; the temporary one then stops working.</source>
        <translation>%1 さん、監督者があなたのパスワードをリセットしました。自分だけが知っている新しいパスワードを決めてください。その後、仮パスワードは使えなくなります。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
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
        <translation>Python 実行環境</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>ローカルデータベース</translation>
    </message>
    <message>
        <source>Data encryption key</source>
        <translation>データ暗号化キー</translation>
    </message>
    <message>
        <source>Database encryption</source>
        <translation>データベースの暗号化</translation>
    </message>
    <message>
        <source>Audit trail signatures</source>
        <translation>監査記録の署名</translation>
    </message>
    <message>
        <source>Sign-in record signatures</source>
        <translation>サインイン記録の署名</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>書類カメラ</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指紋スキャナー</translation>
    </message>
    <message>
        <source>Display (Qt platform plugin)</source>
        <translation>画面表示（Qt プラットフォームプラグイン）</translation>
    </message>
    <message>
        <source>Station signing key</source>
        <translation>端末の署名鍵</translation>
    </message>
    <message>
        <source>Audit trails</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <source>Central service address</source>
        <translation>中央システムのアドレス</translation>
    </message>
    <message>
        <source>Central service packet key</source>
        <translation>中央システムのパケット鍵</translation>
    </message>
    <message>
        <source>Central service receipt key</source>
        <translation>中央システムの受領確認鍵</translation>
    </message>
    <message>
        <source>Confirmed central service</source>
        <translation>確認済みの中央サービス</translation>
    </message>
    <message>
        <source>Central service answers</source>
        <translation>中央サービスの応答</translation>
    </message>
    <message>
        <source>Central service keys</source>
        <translation>中央サービスの鍵</translation>
    </message>
    <message>
        <source>Central service clock</source>
        <translation>中央サービスの時計</translation>
    </message>
    <message>
        <source>Font for %1</source>
        <translation>%1 のフォント</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong unexpectedly. What was saved stays saved; if the screen no longer responds, restart the kiosk.</source>
        <translation>予期しないエラーが発生しました。保存済みの内容はそのまま残ります。画面が応答しなくなった場合は、キオスクを再起動してください。</translation>
    </message>
    <message>
        <source>A technician will find the details in the log file %1.</source>
        <translation>技術者はログファイル %1 で詳細を確認できます。</translation>
    </message>
    <message>
        <source>The details are in the kiosk&apos;s log.</source>
        <translation>詳細はキオスクのログにあります。</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decide the request</source>
        <translation>依頼の判断</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>コメント：</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>監督者：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>監督者のパスワード：</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>却下(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Write a comment.</source>
        <translation>コメントを入力してください。</translation>
    </message>
</context>
<context>
    <name>DeskFingersPage</name>
    <message>
        <source>At the desk: your fingerprints</source>
        <translation>受付窓口で：指紋</translation>
    </message>
    <message>
        <source>Step 4 of 6</source>
        <translation>ステップ 4/6</translation>
    </message>
    <message>
        <source>Then the scanner takes your fingerprints in three steps. Press gently and keep still until the officer says it is done.</source>
        <translation>続いて、スキャナーで指紋を3回に分けて採取します。係員が終了を告げるまで、軽く押し当てたまま動かさないでください。</translation>
    </message>
    <message>
        <source>1. The four fingers of your left hand</source>
        <translation>1. 左手の4本の指</translation>
    </message>
    <message>
        <source>2. The four fingers of your right hand</source>
        <translation>2. 右手の4本の指</translation>
    </message>
    <message>
        <source>3. Both thumbs together</source>
        <translation>3. 両手の親指を同時に</translation>
    </message>
    <message>
        <source>Clean, dry hands give the best result. Tell the officer if a finger is injured or missing.</source>
        <translation>手が清潔で乾いていると、きれいに採取できます。けがをしている指や欠損している指がある場合は、係員にお知らせください。</translation>
    </message>
</context>
<context>
    <name>DeskPhotoPage</name>
    <message>
        <source>At the desk: your photo</source>
        <translation>受付窓口で：顔写真</translation>
    </message>
    <message>
        <source>Step 3 of 6</source>
        <translation>ステップ 3/6</translation>
    </message>
    <message>
        <source>An officer takes your photo with a camera. Please:</source>
        <translation>係員がカメラで顔写真を撮影します。次の点にご注意ください。</translation>
    </message>
    <message>
        <source>Look straight at the camera</source>
        <translation>カメラを正面から見る</translation>
    </message>
    <message>
        <source>Take off your glasses</source>
        <translation>眼鏡を外す</translation>
    </message>
    <message>
        <source>Keep a neutral expression, mouth closed</source>
        <translation>無表情で口を閉じる</translation>
    </message>
    <message>
        <source>Plain background, nothing behind you</source>
        <translation>無地の背景、後ろに何もない状態</translation>
    </message>
</context>
<context>
    <name>DeviceTestPage</name>
    <message>
        <source>Test &amp;again</source>
        <translation>再テスト(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>テスト(&amp;T)</translation>
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
        <translation>ステーションを点検(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export a diagnostics bundle…</source>
        <translation>診断パッケージを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>The bundle holds logs, the configuration (secrets removed), the check results and the device list. It never holds applicant or biometric data.</source>
        <translation>診断パッケージにはログ、設定（秘密情報は除去）、点検結果、機器一覧が含まれます。申請者の情報や生体情報は一切含まれません。</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>点検中…</translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) passed.</source>
        <translation>
            <numerusform>%n 件の点検すべてに合格しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n 件の点検が不合格です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a diagnostics bundle</source>
        <translation>診断パッケージの書き出し</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPage</name>
    <message>
        <source>A valid %1 zone was read on consecutive frames: the desk would fill the form.</source>
        <translation>連続したフレームで有効な %1 ゾーンを読み取りました。窓口ではフォームに自動入力されます。</translation>
    </message>
    <message>
        <source>&amp;Find cameras</source>
        <translation>カメラを検索(&amp;F)</translation>
    </message>
    <message>
        <source>Width to ask for</source>
        <translation>要求する幅</translation>
    </message>
    <message>
        <source>Height to ask for</source>
        <translation>要求する高さ</translation>
    </message>
    <message>
        <source>Alike frames before the form fills</source>
        <translation>フォーム入力前に一致が必要なフレーム数</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>書類カメラ</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>上で選んだもの</translation>
    </message>
    <message>
        <source>Document camera:</source>
        <translation>書類カメラ：</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>読み取り結果：</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>書類カメラを起動しています…</translation>
    </message>
    <message>
        <source>A zone is seen; reading…</source>
        <translation>機械読取ゾーンを検出しました。読み取り中…</translation>
    </message>
    <message>
        <source>No document under the camera.</source>
        <translation>カメラの下に書類がありません。</translation>
    </message>
</context>
<context>
    <name>DocumentCameraPanel</name>
    <message>
        <source>Document camera</source>
        <translation>書類カメラ</translation>
    </message>
    <message>
        <source>&amp;Retry  (F6)</source>
        <translation>再試行(&amp;R)  (F6)</translation>
    </message>
    <message>
        <source>Starting the document camera…</source>
        <translation>書類カメラを起動しています…</translation>
    </message>
    <message>
        <source>Reading the passport… Hold it still.</source>
        <translation>パスポートを読み取っています… 動かさないでください。</translation>
    </message>
    <message>
        <source>Passport read. The form was filled from it.</source>
        <translation>パスポートを読み取りました。フォームに入力しました。</translation>
    </message>
    <message>
        <source>Lay the passport open at its photo page under the camera: the form fills by itself.</source>
        <translation>パスポートを顔写真のページで開いてカメラの下に置いてください。フォームに自動で入力されます。</translation>
    </message>
    <message>
        <source>Scan the passport with the reader, or type the data.</source>
        <translation>リーダーでパスポートを読み取るか、データを入力してください。</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Who can apply</source>
        <translation>申請できる方</translation>
    </message>
    <message>
        <source>Step 2 of 6</source>
        <translation>ステップ 2/6</translation>
    </message>
    <message>
        <source>Foreign nationals aged 6 or older who hold a valid temporary or permanent residence card can get a level 2 electronic identification account. Children under 6 can get a level 1 account only.</source>
        <translation>有効な一時在留カードまたは永住カードをお持ちの6歳以上の外国人は、レベル2の電子識別アカウントを取得できます。6歳未満のお子様はレベル1のアカウントのみとなります。</translation>
    </message>
    <message>
        <source>Check for yourself:</source>
        <translation>ご自身で確認：</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <source>No card</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>一時在留カード</translation>
    </message>
    <message>
        <source>Permanent card</source>
        <translation>永住カード</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認する</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>Card valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Enter your date of birth as day/month/year.</source>
        <translation>生年月日を 日/月/年 の形式で入力してください。</translation>
    </message>
    <message>
        <source>Choose the residence card you hold.</source>
        <translation>お持ちの在留カードの種類を選んでください。</translation>
    </message>
    <message>
        <source>Enter the date until which your card is valid.</source>
        <translation>カードの有効期限を入力してください。</translation>
    </message>
    <message>
        <source>Bring your passport and residence card to the desk.</source>
        <translation>パスポートと在留カードを持って受付窓口へお越しください。</translation>
    </message>
    <message>
        <source>Please ask at the guidance desk how to apply for a level 1 account.</source>
        <translation>レベル1アカウントの申請方法は案内窓口でお尋ねください。</translation>
    </message>
    <message>
        <source>If you think this is wrong, please ask at the guidance desk.</source>
        <translation>結果に誤りがあると思われる場合は、案内窓口でお尋ねください。</translation>
    </message>
</context>
<context>
    <name>FaceScreen</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>No photo yet</source>
        <translation>写真未撮影</translation>
    </message>
    <message>
        <source>Capture now  (Space)</source>
        <translation>今すぐ撮影  (Space)</translation>
    </message>
    <message>
        <source>Force capture…  (F)</source>
        <translation>強制採用…  (F)</translation>
    </message>
    <message>
        <source>Retake  (R)</source>
        <translation>撮り直し  (R)</translation>
    </message>
    <message>
        <source>Accept the photo  (Enter)</source>
        <translation>写真を採用  (Enter)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>顔写真</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>Force the photo although it does not meet every requirement.</source>
        <translation>すべての要件を満たしていなくても、この写真を強制採用します。</translation>
    </message>
    <message>
        <source>Failing: %1.</source>
        <translation>不合格：%1。</translation>
    </message>
    <message>
        <source>There is no photo to accept yet.</source>
        <translation>採用する写真がまだありません。</translation>
    </message>
    <message>
        <source>The camera stopped. Fix it, then press Retry; the photo already taken is kept.</source>
        <translation>カメラが停止しました。撮影済みの写真は保持されますので、問題を解決してから「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The camera is not running.</source>
        <translation>カメラが動作していません。</translation>
    </message>
    <message>
        <source>A photo is already taken: press R to retake it first.</source>
        <translation>撮影済みの写真があるため、先にRキーを押して撮り直してください。</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>動かないでください…</translation>
    </message>
    <message>
        <source>Taken automatically</source>
        <translation>自動撮影</translation>
    </message>
    <message>
        <source>Taken by the officer</source>
        <translation>担当官による撮影</translation>
    </message>
    <message>
        <source>Forced capture</source>
        <translation>強制採用</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>waiting for a supervisor&apos;s approval</source>
        <translation>監督者の承認待ち</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>承認者：%1</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed</source>
        <translation>%2項目中%1項目合格</translation>
    </message>
    <message>
        <source>Photo taken. Press Enter to accept it, or R to retake.</source>
        <translation>写真を撮影しました。Enterキーで採用するか、Rキーで撮り直してください。</translation>
    </message>
</context>
<context>
    <name>FingerExceptionDialog</name>
    <message>
        <source>Finger exception</source>
        <translation>指の例外</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Finger:</source>
        <translation>指：</translation>
    </message>
    <message>
        <source>Why it cannot be captured:</source>
        <translation>採取できない理由：</translation>
    </message>
    <message>
        <source>Remove the exception of {0} and capture it?</source>
        <translation>{0}の例外を解除して採取しますか？</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>維持</translation>
    </message>
</context>
<context>
    <name>FingerprintScreen</name>
    <message>
        <source>&amp;Capture (Enter)</source>
        <translation>採取(&amp;C) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Retry (R)</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Force capture…</source>
        <translation>強制採用(&amp;F)…</translation>
    </message>
    <message>
        <source>Finger &amp;exception…</source>
        <translation>指の例外(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Restored from the saved draft: {0}.</source>
        <translation>保存済みの下書きから復元しました：{0}。</translation>
    </message>
    <message>
        <source>Exceptions kept: {0}.</source>
        <translation>保持された例外：{0}。</translation>
    </message>
    <message>
        <source>Force capture of {0}: its best attempt is below {1}.</source>
        <translation>{0}の強制採用：最良の結果が{1}未満です。</translation>
    </message>
    <message>
        <source>{0} cannot be captured: {1}.</source>
        <translation>{0}は採取できません：{1}。</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway</source>
        <translation>このまま続行(&amp;O)</translation>
    </message>
    <message>
        <source>Capturing… {0}</source>
        <translation>採取中… {0}</translation>
    </message>
    <message>
        <source>The scanner had a problem. Press R to retry.</source>
        <translation>スキャナーに問題が発生しました。Rキーを押して再試行してください。</translation>
    </message>
    <message>
        <source>Checking for repeated fingers…</source>
        <translation>指の重複を確認しています…</translation>
    </message>
    <message>
        <source>All fingerprints captured. Check them, then continue.</source>
        <translation>すべての指紋を採取しました。確認してから続行してください。</translation>
    </message>
    <message>
        <source>Leave out: {0}.</source>
        <translation>除外：{0}。</translation>
    </message>
    <message>
        <source>Then press Enter.</source>
        <translation>その後、Enterキーを押してください。</translation>
    </message>
    <message>
        <source>Quality too low: {0}. Press R to try again ({1} left). {2}</source>
        <translation>品質が低すぎます：{0}。Rキーを押して再試行してください（残り{1}回）。{2}</translation>
    </message>
    <message>
        <source>Quality still too low: {0}. Force the capture with a reason, or mark the finger as an exception.</source>
        <translation>品質がまだ低すぎます：{0}。理由を入力して強制採用するか、その指を例外に指定してください。</translation>
    </message>
</context>
<context>
    <name>Fingers</name>
    <message>
        <source>Left thumb</source>
        <translation>左手親指</translation>
    </message>
    <message>
        <source>Left index</source>
        <translation>左手人差し指</translation>
    </message>
    <message>
        <source>Left middle</source>
        <translation>左手中指</translation>
    </message>
    <message>
        <source>Left ring</source>
        <translation>左手薬指</translation>
    </message>
    <message>
        <source>Left little</source>
        <translation>左手小指</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>右手親指</translation>
    </message>
    <message>
        <source>Right index</source>
        <translation>右手人差し指</translation>
    </message>
    <message>
        <source>Right middle</source>
        <translation>右手中指</translation>
    </message>
    <message>
        <source>Right ring</source>
        <translation>右手薬指</translation>
    </message>
    <message>
        <source>Right little</source>
        <translation>右手小指</translation>
    </message>
    <message>
        <source>Left hand, four fingers</source>
        <translation>左手の4指</translation>
    </message>
    <message>
        <source>Right hand, four fingers</source>
        <translation>右手の4指</translation>
    </message>
    <message>
        <source>Both thumbs</source>
        <translation>両手の親指</translation>
    </message>
    <message>
        <source>Place the four fingers of the LEFT hand flat on the scanner.</source>
        <translation>【左手】の4本の指をスキャナーに平らに置いてください。</translation>
    </message>
    <message>
        <source>Place the four fingers of the RIGHT hand flat on the scanner.</source>
        <translation>【右手】の4本の指をスキャナーに平らに置いてください。</translation>
    </message>
    <message>
        <source>Place BOTH THUMBS side by side on the scanner.</source>
        <translation>【両手の親指】を並べてスキャナーに置いてください。</translation>
    </message>
    <message>
        <source>Place one finger flat on the scanner: {0}.</source>
        <translation>指を1本スキャナーに平らに置いてください：{0}。</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠損</translation>
    </message>
    <message>
        <source>Amputated</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Bandaged</source>
        <translation>包帯あり</translation>
    </message>
    <message>
        <source>Temporarily unusable</source>
        <translation>一時的に使用不可</translation>
    </message>
    <message>
        <source>Nothing on the scanner or too faint: press the finger flat.</source>
        <translation>スキャナー上に何もないか、薄すぎます：指を平らに押し当ててください。</translation>
    </message>
    <message>
        <source>The image is uniform: clean the scanner and press again.</source>
        <translation>画像が単色です：スキャナーを清掃して、もう一度押し当ててください。</translation>
    </message>
    <message>
        <source>Too few ridge details: press a little harder.</source>
        <translation>隆線の情報が少なすぎます：もう少し強く押してください。</translation>
    </message>
    <message>
        <source>Too small an area: place more of the finger on the scanner.</source>
        <translation>接触面積が小さすぎます：指をスキャナーにより広く当ててください。</translation>
    </message>
    <message>
        <source>No ridges visible: dry or wet finger, or smudged glass.</source>
        <translation>隆線が見えません：指の乾燥や湿り、またはガラス面の汚れが原因です。</translation>
    </message>
    <message>
        <source>The same finger seems to have been placed twice.</source>
        <translation>同じ指が2回置かれたようです。</translation>
    </message>
    <message>
        <source>The same hand seems to have been placed for both slaps.</source>
        <translation>4指の採取で2回とも同じ手が置かれたようです。</translation>
    </message>
    <message>
        <source>{0} and {1} match (score {2}).</source>
        <translation>{0}と{1}が一致しています（スコア{2}）。</translation>
    </message>
    <message>
        <source>… and {0} more pairs.</source>
        <translation>…ほか{0}組。</translation>
    </message>
    <message>
        <source>Capture again: {0}.</source>
        <translation>再採取してください：{0}。</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Guidance</source>
        <translation>ご案内</translation>
    </message>
</context>
<context>
    <name>GuidanceLanguage</name>
    <message>
        <source>Choose your language</source>
        <translation>言語を選んでください</translation>
    </message>
</context>
<context>
    <name>GuidancePage</name>
    <message>
        <source>Start over</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>GuidanceWindow</name>
    <message>
        <source>Are you still there? Touch the screen to continue. Starting again in %1 s.</source>
        <translation>ご利用中ですか？続けるには画面に触れてください。%1 秒後に最初の画面に戻ります。</translation>
    </message>
</context>
<context>
    <name>Instructions</name>
    <message>
        <source>Please look at the camera.</source>
        <translation>カメラを見てください。</translation>
    </message>
    <message>
        <source>Only one person may be in front of the camera.</source>
        <translation>カメラの前には1人だけお立ちください。</translation>
    </message>
    <message>
        <source>Please move closer to the camera.</source>
        <translation>カメラにもう少し近づいてください。</translation>
    </message>
    <message>
        <source>Please move back a little.</source>
        <translation>少し後ろに下がってください。</translation>
    </message>
    <message>
        <source>Please move so that your face is in the middle of the screen.</source>
        <translation>顔が画面の中央に来るように移動してください。</translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
        <translation>カメラをまっすぐ見てください。</translation>
    </message>
    <message>
        <source>Please keep your head upright.</source>
        <translation>頭をまっすぐに保ってください。</translation>
    </message>
    <message>
        <source>Please keep your hands away from your face.</source>
        <translation>顔から手を離してください。</translation>
    </message>
    <message>
        <source>Please remove your glasses.</source>
        <translation>眼鏡を外してください。</translation>
    </message>
    <message>
        <source>Please open your eyes.</source>
        <translation>目を開けてください。</translation>
    </message>
    <message>
        <source>Please close your mouth.</source>
        <translation>口を閉じてください。</translation>
    </message>
    <message>
        <source>Please keep a neutral expression, without smiling.</source>
        <translation>笑わずに、無表情を保ってください。</translation>
    </message>
    <message>
        <source>Please hold still.</source>
        <translation>動かないでください。</translation>
    </message>
    <message>
        <source>Officer: adjust the lighting (the face is too dark or too bright).</source>
        <translation>担当官：照明を調整してください（顔が暗すぎるか明るすぎます）。</translation>
    </message>
    <message>
        <source>Officer: light the face evenly (shadow on one side).</source>
        <translation>担当官：顔を均一に照らしてください（片側に影があります）。</translation>
    </message>
    <message>
        <source>Officer: use a plain, light background.</source>
        <translation>担当官：無地の明るい背景を使用してください。</translation>
    </message>
    <message>
        <source>Officer: the camera image is too small for a portrait (raise its resolution).</source>
        <translation>担当官：カメラの画像が小さすぎて顔写真を撮れません（解像度を上げてください）。</translation>
    </message>
    <message>
        <source>One face</source>
        <translation>顔は1人</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距離</translation>
    </message>
    <message>
        <source>Centred</source>
        <translation>中央位置</translation>
    </message>
    <message>
        <source>Camera distance</source>
        <translation>カメラとの距離</translation>
    </message>
    <message>
        <source>Head turn</source>
        <translation>左右の向き</translation>
    </message>
    <message>
        <source>Head nod</source>
        <translation>上下の向き</translation>
    </message>
    <message>
        <source>Head tilt</source>
        <translation>頭の傾き</translation>
    </message>
    <message>
        <source>Gaze</source>
        <translation>視線</translation>
    </message>
    <message>
        <source>Face uncovered</source>
        <translation>顔の遮蔽なし</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>反射なし</translation>
    </message>
    <message>
        <source>Eyes open</source>
        <translation>目が開いている</translation>
    </message>
    <message>
        <source>Mouth closed</source>
        <translation>口が閉じている</translation>
    </message>
    <message>
        <source>Neutral expression</source>
        <translation>無表情</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>鮮明さ</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>露出</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>コントラスト</translation>
    </message>
    <message>
        <source>Even light</source>
        <translation>均一な照明</translation>
    </message>
    <message>
        <source>Plain background</source>
        <translation>無地の背景</translation>
    </message>
    <message>
        <source>Light background</source>
        <translation>明るい背景</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in as &amp;another officer</source>
        <translation>別の担当官でログイン(&amp;A)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Sign in with your own account.</source>
        <translation>ご自身のアカウントでログインしてください。</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>画面ロック中</translation>
    </message>
    <message>
        <source>%1 was inactive, so the screen was locked. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 さんの操作がなかったため、画面がロックされました。作業中の内容は保持されています。続行するにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>%1 locked the screen. Work in progress is kept. Enter the password to continue.</source>
        <translation>%1 さんが画面をロックしました。作業中の内容は保持されています。続行するにはパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting the camera ready…</source>
        <translation>カメラを準備しています…</translation>
    </message>
    <message>
        <source>Enrollment kiosk – %1</source>
        <translation>登録キオスク – %1</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>ホーム(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>アカウント(&amp;A)</translation>
    </message>
    <message>
        <source>Station &amp;status</source>
        <translation>端末の状態(&amp;S)</translation>
    </message>
    <message>
        <source>Supervisor &amp;view</source>
        <translation>監督者画面(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>画面をロック(&amp;L)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>Sess&amp;ion</source>
        <translation>セッション(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the screen locks in %n second(s).</source>
        <translation>
            <numerusform>操作なし：%n秒後に画面がロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <source>officer</source>
        <translation>担当官</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>技術者</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The local database reported a problem. Nothing was half-saved.</source>
        <translation>ローカルデータベースで問題が発生しました。中途半端に保存されたデータはありません。</translation>
    </message>
    <message>
        <source>The local database is damaged. Call a technician; do not delete any files. A backup may be restored from the backups folder.</source>
        <translation>ローカルデータベースが破損しています。ファイルは削除せずに技術者を呼んでください。backupsフォルダーからバックアップを復元できます。</translation>
    </message>
    <message>
        <source>The kiosk cannot write to its data folder. Call a technician (the folder is read-only or its permissions are wrong).</source>
        <translation>端末がデータフォルダーに書き込めません。技術者を呼んでください（フォルダーが読み取り専用か、権限が正しくありません）。</translation>
    </message>
    <message>
        <source>The disk is full. The last record was not saved; everything saved before is safe. Call a technician to free space.</source>
        <translation>ディスクがいっぱいです。最後の記録は保存されていませんが、それ以前に保存したデータはすべて安全です。技術者を呼んで空き容量を確保してください。</translation>
    </message>
    <message>
        <source>The local database is busy in another program. Close it and try again.</source>
        <translation>ローカルデータベースが別のプログラムで使用中です。そのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The encryption key of this station is missing, so its records cannot be read. Call a technician to restore the key.</source>
        <translation>この端末の暗号化キーがないため、記録を読み取れません。技術者を呼んでキーを復元してください。</translation>
    </message>
    <message>
        <source>The local database cannot be opened with this station&apos;s encryption key (a different key, or the file is damaged). Call a technician; do not delete any files.</source>
        <translation>このステーションの暗号鍵でローカルデータベースを開けません（別の鍵か、ファイルの破損）。技術者を呼んでください。ファイルは削除しないでください。</translation>
    </message>
    <message>
        <source>The encryption key does not belong to this database. Call a technician to restore the original key.</source>
        <translation>暗号化キーがこのデータベースのものではありません。技術者を呼んで元のキーを復元してください。</translation>
    </message>
    <message>
        <source>The encryption key file can be read by other users. Call a technician to restrict it.</source>
        <translation>暗号化キーファイルが他のユーザーから読み取り可能です。技術者を呼んでアクセス権を制限してください。</translation>
    </message>
    <message>
        <source>The encryption key file is damaged. Call a technician.</source>
        <translation>暗号化キーファイルが破損しています。技術者を呼んでください。</translation>
    </message>
    <message>
        <source>The encryption key file cannot be read. Call a technician.</source>
        <translation>暗号化キーファイルを読み取れません。技術者を呼んでください。</translation>
    </message>
    <message>
        <source>An encryption key already exists for this data folder.</source>
        <translation>このデータフォルダーには既に暗号化キーがあります。</translation>
    </message>
    <message>
        <source>The system keyring did not answer. Call a technician.</source>
        <translation>システムのキーリングが応答しません。技術者を呼んでください。</translation>
    </message>
    <message>
        <source>A stored biometric record failed its integrity check.</source>
        <translation>保存された生体情報の記録が整合性チェックに失敗しました。</translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation>記録が見つかりません。</translation>
    </message>
    <message>
        <source>The local database is closed.</source>
        <translation>ローカルデータベースは閉じられています。</translation>
    </message>
    <message>
        <source>The configuration is invalid.</source>
        <translation>設定が無効です。</translation>
    </message>
    <message>
        <source>The configuration has an unknown setting.</source>
        <translation>設定に不明な項目があります。</translation>
    </message>
    <message>
        <source>A configuration setting has a wrong value.</source>
        <translation>設定項目の値が正しくありません。</translation>
    </message>
    <message>
        <source>The configuration file was written for a newer version of the kiosk. Install that version, or restore the previous file.</source>
        <translation>設定ファイルは新しいバージョンのキオスク用に書かれています。そのバージョンをインストールするか、以前のファイルを復元してください。</translation>
    </message>
    <message>
        <source>The configuration file is not valid TOML.</source>
        <translation>設定ファイルが有効なTOML形式ではありません。</translation>
    </message>
    <message>
        <source>The configuration file named by KIOSK_CONFIG does not exist.</source>
        <translation>KIOSK_CONFIGで指定された設定ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The configuration file nests tables or lists too deeply; options are written as section.name.</source>
        <translation>設定ファイルの表やリストの入れ子が深すぎます。オプションは section.name の形で書きます。</translation>
    </message>
    <message>
        <source>The configuration file cannot be read.</source>
        <translation>設定ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The settings could not be saved; the previous ones are unchanged.</source>
        <translation>設定を保存できませんでした。以前の設定は変更されていません。</translation>
    </message>
    <message>
        <source>The account could not be used.</source>
        <translation>このアカウントは使用できません。</translation>
    </message>
    <message>
        <source>Wrong user name or password, or the account may not sign in now (after several wrong passwords it waits a while). A supervisor can help on the Accounts screen.</source>
        <translation>ユーザー名またはパスワードが違うか、このアカウントは今サインインできません（パスワードを何度も間違えると、しばらく待つ必要があります）。監督者がアカウント画面で対応できます。</translation>
    </message>
    <message>
        <source>The password is too short or too easy to guess. Use a few words or a sentence of your own, not a common password, a name, a date or a keyboard row (such as password12 or qwertyuiop).</source>
        <translation>パスワードが短すぎるか、推測されやすすぎます。よくあるパスワード、名前、日付、キーボードの並び（password12 や qwertyuiop など）ではなく、自分だけの単語をいくつか、または文を使ってください。</translation>
    </message>
    <message>
        <source>An account with this user name already exists.</source>
        <translation>このユーザー名のアカウントは既に存在します。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>この操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>The first account has already been created. Sign in instead.</source>
        <translation>最初のアカウントは既に作成されています。ログインしてください。</translation>
    </message>
    <message>
        <source>User names have 3 to 32 characters: lower-case letters a-z, digits, dot, underscore or hyphen.</source>
        <translation>ユーザー名は3～32文字で、英小文字a-z、数字、ピリオド、アンダースコア、ハイフンのみ使用できます。</translation>
    </message>
    <message>
        <source>This account does not exist on this station.</source>
        <translation>この端末にはこのアカウントがありません。</translation>
    </message>
    <message>
        <source>You cannot disable, demote or reset your own account. Ask another supervisor.</source>
        <translation>自分のアカウントを無効化、降格、リセットすることはできません。別の監督者に依頼してください。</translation>
    </message>
    <message>
        <source>This would leave the station without an active supervisor. Make another account a supervisor first.</source>
        <translation>この操作を行うと、この端末に有効な監督者がいなくなります。先に別のアカウントを監督者にしてください。</translation>
    </message>
    <message>
        <source>Choose a new password: it must differ from the one you signed in with.</source>
        <translation>新しいパスワードを決めてください。サインインに使ったパスワードとは別のものにする必要があります。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this: moving applicants&apos; data or changing where it goes needs a supervisor&apos;s sign-in.</source>
        <translation>監督者だけが行えます。申請者のデータの移動や送り先の変更には監督者のサインインが必要です。</translation>
    </message>
    <message>
        <source>The central service configured here is not the one a supervisor confirmed. Nothing is sealed or sent until a supervisor confirms it.</source>
        <translation>ここで設定された中央サービスは監督者が確認したものではありません。監督者が確認するまで、何も封印・送信されません。</translation>
    </message>
    <message>
        <source>The stored applicant data is damaged and cannot be shown.</source>
        <translation>保存された申請者データが破損しているため、表示できません。</translation>
    </message>
    <message>
        <source>The machine-readable zone could not be read.</source>
        <translation>機械読取領域（MRZ）を読み取れませんでした。</translation>
    </message>
    <message>
        <source>A check digit of the machine-readable zone is wrong: the document was misread or is not genuine. The highlighted fields were not accepted.</source>
        <translation>機械読取領域（MRZ）のチェックディジットが正しくありません：書類の読み取り誤りか、真正な書類ではありません。強調表示された項目は反映されていません。</translation>
    </message>
    <message>
        <source>This is not a machine-readable zone of a passport, identity card or visa (wrong number or length of lines).</source>
        <translation>パスポート、身分証明書、ビザの機械読取領域ではありません（行数または行の長さが正しくありません）。</translation>
    </message>
    <message>
        <source>The machine-readable zone contains characters that are not allowed.</source>
        <translation>機械読取領域に使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>No machine-readable zone was found in the picture. Place the document page flat under the camera with the two or three lines of the zone in view.</source>
        <translation>画像から機械読取領域（MRZ）が見つかりませんでした。領域の2行または3行が写るように、書類のページをカメラの下に平らに置いてください。</translation>
    </message>
    <message>
        <source>The document picture could not be opened: the file is missing, empty or damaged.</source>
        <translation>書類の画像を開けませんでした：ファイルが存在しないか、空か、破損しています。</translation>
    </message>
    <message>
        <source>Refused: this service is for foreign nationals; Vietnamese citizens use their citizen identity card.</source>
        <translation>受付不可：このサービスは外国人専用で、ベトナム国民は国民身分証を使用します。</translation>
    </message>
    <message>
        <source>Refused: the date of birth is in the future. Check the entry.</source>
        <translation>受付不可：生年月日が未来の日付です。入力内容を確認してください。</translation>
    </message>
    <message>
        <source>Refused: a temporary or permanent residence card is required.</source>
        <translation>受付不可：一時在留カードまたは永住カードが必要です。</translation>
    </message>
    <message>
        <source>Refused: the residence card has expired.</source>
        <translation>受付不可：在留カードの有効期限が切れています。</translation>
    </message>
    <message>
        <source>Refused: the passport or travel document has expired.</source>
        <translation>受付不可：パスポートまたは渡航文書の有効期限が切れています。</translation>
    </message>
    <message>
        <source>Under 6 years old: only a level 1 account can be issued; level 2 enrollment is refused.</source>
        <translation>6歳未満：レベル1アカウントのみ発行でき、レベル2の登録はできません。</translation>
    </message>
    <message>
        <source>Eligible for a level 2 account.</source>
        <translation>レベル2アカウントの発行対象です。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必須です。</translation>
    </message>
    <message>
        <source>Not valid.</source>
        <translation>無効です。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>一覧から値を1つ選択してください。</translation>
    </message>
    <message>
        <source>Not a valid date.</source>
        <translation>有効な日付ではありません。</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>未来の日付は入力できません。</translation>
    </message>
    <message>
        <source>This date is not plausible.</source>
        <translation>この日付は妥当ではありません。</translation>
    </message>
    <message>
        <source>Cannot be before the date of birth.</source>
        <translation>生年月日より前の日付にはできません。</translation>
    </message>
    <message>
        <source>Unknown country code (use the three-letter ICAO code).</source>
        <translation>不明な国コードです（3文字のICAOコードを使用してください）。</translation>
    </message>
    <message>
        <source>This is a specimen document code, not a real country.</source>
        <translation>これは見本書類用のコードで、実在の国ではありません。</translation>
    </message>
    <message>
        <source>Contains characters that are not allowed here.</source>
        <translation>この項目に使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>Use Latin letters as printed in the travel document.</source>
        <translation>渡航文書の記載どおりにローマ字で入力してください。</translation>
    </message>
    <message>
        <source>Contains invisible control characters.</source>
        <translation>目に見えない制御文字が含まれています。</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>長すぎます。</translation>
    </message>
    <message>
        <source>The fingerprint could not be processed.</source>
        <translation>指紋を処理できませんでした。</translation>
    </message>
    <message>
        <source>The fingerprint image cannot be read (damaged or not an image).</source>
        <translation>指紋画像を読み取れません（破損しているか、画像ではありません）。</translation>
    </message>
    <message>
        <source>The ANSI/NIST fingerprint file is damaged or incomplete.</source>
        <translation>ANSI/NIST指紋ファイルが破損しているか、不完全です。</translation>
    </message>
    <message>
        <source>The separate fingers could not be found in the slap image. Place the fingers again, slightly apart.</source>
        <translation>4指画像から各指を分離できませんでした。指を少し離して、もう一度置いてください。</translation>
    </message>
    <message>
        <source>The scanner reported a finger name this kiosk does not know.</source>
        <translation>スキャナーがこの端末の認識できない指の名前を返しました。</translation>
    </message>
    <message>
        <source>This fingerprint step is not allowed now.</source>
        <translation>現在、この指紋採取の手順は実行できません。</translation>
    </message>
    <message>
        <source>These fingers are already captured.</source>
        <translation>これらの指は既に採取済みです。</translation>
    </message>
    <message>
        <source>All attempts are used. Keep the best one or force the capture with a reason.</source>
        <translation>試行回数をすべて使用しました。最良の結果を残すか、理由を入力して強制採用してください。</translation>
    </message>
    <message>
        <source>The scanner returned other fingers than the ones requested.</source>
        <translation>スキャナーが要求とは異なる指を返しました。</translation>
    </message>
    <message>
        <source>Capture the fingers at least once before forcing.</source>
        <translation>強制採用の前に、少なくとも1回は指紋を採取してください。</translation>
    </message>
    <message>
        <source>The capture already meets the quality threshold; no need to force it.</source>
        <translation>この採取結果は既に品質基準を満たしているため、強制採用は不要です。</translation>
    </message>
    <message>
        <source>Give a reason for forcing this capture.</source>
        <translation>強制採用する理由を入力してください。</translation>
    </message>
    <message>
        <source>The photo cannot be read (damaged or not an image).</source>
        <translation>写真を読み取れません（破損しているか、画像ではありません）。</translation>
    </message>
    <message>
        <source>The face analysis could not start: the installation is incomplete. Call a technician.</source>
        <translation>顔分析を開始できません。インストールが不完全です。技術者を呼んでください。</translation>
    </message>
    <message>
        <source>The face image record is damaged or of an unsupported version.</source>
        <translation>顔画像の記録が破損しているか、対応していないバージョンです。</translation>
    </message>
    <message>
        <source>The photo does not meet the requirements yet. Follow the instruction on screen, or force the capture with a reason.</source>
        <translation>写真がまだ要件を満たしていません。画面の指示に従うか、理由を入力して強制採用してください。</translation>
    </message>
    <message>
        <source>Give a reason for forcing this photo.</source>
        <translation>この写真を強制採用する理由を入力してください。</translation>
    </message>
    <message>
        <source>The portrait could not be cut from this photo. Take it again.</source>
        <translation>この写真から顔写真を切り出せませんでした。撮り直してください。</translation>
    </message>
    <message>
        <source>The device reported a problem. What was captured so far is kept.</source>
        <translation>機器で問題が発生しました。これまでに取得した内容は保持されます。</translation>
    </message>
    <message>
        <source>The device was not found. Check that it is plugged in and switched on, then press Retry.</source>
        <translation>機器が見つかりません。接続されて電源が入っていることを確認してから、「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The device is busy with another capture. Wait a moment, then press Retry.</source>
        <translation>機器は別の取得処理中です。しばらく待ってから「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The device is not ready. Wait a moment, then press Retry.</source>
        <translation>機器の準備ができていません。しばらく待ってから「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The device did not answer in time. Press Retry.</source>
        <translation>機器が時間内に応答しませんでした。「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The device was disconnected. Plug it in again, then press Retry. What was captured so far is kept.</source>
        <translation>機器の接続が切れました。再度接続してから「再試行」を押してください。これまでに取得した内容は保持されます。</translation>
    </message>
    <message>
        <source>The device sent an answer the kiosk cannot use. Press Retry; if it happens again, call a technician.</source>
        <translation>機器から端末で使用できない応答が返されました。「再試行」を押し、再発する場合は技術者を呼んでください。</translation>
    </message>
    <message>
        <source>The capture failed. Press Retry.</source>
        <translation>取得に失敗しました。「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer belongs to another capture and was refused.</source>
        <translation>スキャナーの応答が別の取得処理のものであったため、拒否されました。</translation>
    </message>
    <message>
        <source>The scanner&apos;s answer failed its integrity check and was refused.</source>
        <translation>スキャナーの応答が整合性チェックに失敗したため、拒否されました。</translation>
    </message>
    <message>
        <source>The scanner&apos;s signature is not valid; the answer was refused.</source>
        <translation>スキャナーの署名が無効なため、応答は拒否されました。</translation>
    </message>
    <message>
        <source>The scanner sent a damaged fingerprint record.</source>
        <translation>スキャナーから破損した指紋記録が送られました。</translation>
    </message>
    <message>
        <source>The configured device certificate authority file cannot be used. Call a technician.</source>
        <translation>設定された機器の認証局（CA）ファイルを使用できません。技術者を呼んでください。</translation>
    </message>
    <message>
        <source>The folder of simulator images cannot be used.</source>
        <translation>シミュレーター画像のフォルダーを使用できません。</translation>
    </message>
    <message>
        <source>The configured device adapter is not installed. Call a technician.</source>
        <translation>設定された機器アダプターがインストールされていません。技術者を呼んでください。</translation>
    </message>
    <message>
        <source>The video or image file for the camera cannot be read.</source>
        <translation>カメラ用の動画または画像ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The pre-registration ticket cannot be used. Enter the data from the passport.</source>
        <translation>事前登録票を使用できません。パスポートを見てデータを入力してください。</translation>
    </message>
    <message>
        <source>The scanned code is not a pre-registration ticket.</source>
        <translation>読み取ったコードは事前登録票ではありません。</translation>
    </message>
    <message>
        <source>The pre-registration ticket is damaged. Scan it again or enter the data from the passport.</source>
        <translation>事前登録票が破損しています。再度読み取るか、パスポートを見てデータを入力してください。</translation>
    </message>
    <message>
        <source>The pre-registration ticket was not issued by this office (its signature does not match). Enter the data from the passport.</source>
        <translation>この事前登録票は当事務所で発行されたものではありません（署名が一致しません）。パスポートを見てデータを入力してください。</translation>
    </message>
    <message>
        <source>The pre-registration ticket has expired (tickets are valid on the day they are issued). Enter the data from the passport.</source>
        <translation>事前登録票の有効期限が切れています（登録票は発行当日のみ有効です）。パスポートを見てデータを入力してください。</translation>
    </message>
    <message>
        <source>This station cannot check pre-registration tickets (no office key is configured). Call a technician.</source>
        <translation>この端末では事前登録票を確認できません（事務所のキーが設定されていません）。技術者を呼んでください。</translation>
    </message>
    <message>
        <source>Pre-registration is not available at this station (no office key is configured). Please go to the guidance desk.</source>
        <translation>この端末では事前登録をご利用いただけません（事務所の鍵が設定されていません）。案内窓口へお越しください。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is missing. Call a technician.</source>
        <translation>事前登録をご利用いただけません。事務所の鍵ファイルがありません。技術担当者を呼んでください。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file can be read by other users. Call a technician.</source>
        <translation>事前登録をご利用いただけません。事務所の鍵ファイルが他のユーザーから読める状態です。技術担当者を呼んでください。</translation>
    </message>
    <message>
        <source>Pre-registration is not available: the office key file is not a valid private key. Call a technician.</source>
        <translation>事前登録をご利用いただけません。事務所の鍵ファイルが有効な秘密鍵ではありません。技術担当者を呼んでください。</translation>
    </message>
    <message>
        <source>An office key pair already exists in this folder.</source>
        <translation>このフォルダーには事務所の鍵ペアがすでにあります。</translation>
    </message>
    <message>
        <source>This pre-registration ticket was already used today at %1 at desk %2. A ticket is valid once: enter the data from the passport.</source>
        <translation>この事前登録票は本日 %1 に窓口 %2 で使用済みです。登録票は一度しか使えません。パスポートを見てデータを入力してください。</translation>
    </message>
    <message>
        <source>This pre-registration ticket was issued by another office (%1); this desk belongs to %2. Enter the data from the passport.</source>
        <translation>この事前登録票は別の事務所（%1）で発行されました。この窓口は %2 に属しています。パスポートを見てデータを入力してください。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is missing. Call a technician.</source>
        <translation>事前登録票を読み取るための事務所の鍵ファイルがありません。技術担当者を呼んでください。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets can be read by other users. Call a technician.</source>
        <translation>事前登録票を読み取るための事務所の鍵ファイルが他のユーザーから読める状態です。技術担当者を呼んでください。</translation>
    </message>
    <message>
        <source>The office key file for reading pre-registration tickets is not valid. Call a technician.</source>
        <translation>事前登録票を読み取るための事務所の鍵ファイルが無効です。技術担当者を呼んでください。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a folder, a device or a pipe), so it is not read.</source>
        <translation>通常のファイルではない（フォルダー、デバイス、パイプ）ため、読み取りません。</translation>
    </message>
    <message>
        <source>The file is too large to be read here.</source>
        <translation>ファイルが大きすぎるため、ここでは読み取れません。</translation>
    </message>
    <message>
        <source>The image has too many pixels to be read here.</source>
        <translation>画像の画素数が多すぎるため、ここでは読み取れません。</translation>
    </message>
    <message>
        <source>This screen cannot be locked: the station has no technician account. Call a technician.</source>
        <translation>この画面をロックできません。この端末に技術担当者のアカウントがありません。技術担当者を呼んでください。</translation>
    </message>
    <message>
        <source>Only a technician can leave this screen.</source>
        <translation>この画面を終了できるのは技術担当者のみです。</translation>
    </message>
    <message>
        <source>Sending to the central service is not set up on this station. Records are kept safely here; call a technician.</source>
        <translation>この端末では中央サービスへの送信が設定されていません。記録はこの端末に安全に保管されていますので、技術者を呼んでください。</translation>
    </message>
    <message>
        <source>A key for sending to the central service is missing or damaged. Records are kept safely here; call a technician.</source>
        <translation>中央サービスへの送信用キーがないか、破損しています。記録はこの端末に安全に保管されていますので、技術者を呼んでください。</translation>
    </message>
    <message>
        <source>A sealed enrollment packet is damaged or was not made by this station.</source>
        <translation>封印された登録パケットが破損しているか、この端末で作成されたものではありません。</translation>
    </message>
    <message>
        <source>No connection to the central service; records are kept here and sent later.</source>
        <translation>中央システムに接続できません。記録はこの端末に保存され、後で送信されます。</translation>
    </message>
    <message>
        <source>Records have waited too long on this station to reach the central service: new enrollments wait until they are sent or a supervisor exports them (kiosk sync export). Enrollments already begun can be finished.</source>
        <translation>記録が中央サービスに届かないまま、この端末で長く待ちすぎています。送信されるか監督者がエクスポートする（kiosk sync export）まで、新しい登録は開始できません。開始済みの登録は完了できます。</translation>
    </message>
    <message>
        <source>The central service is busy; sending slowly to help it recover.</source>
        <translation>中央システムが混雑しています。復旧を助けるため、送信の間隔を空けています。</translation>
    </message>
    <message>
        <source>The central service refused this station&apos;s credentials. Call a technician.</source>
        <translation>中央システムがこの端末の認証情報を拒否しました。技術担当者に連絡してください。</translation>
    </message>
    <message>
        <source>The central service is not answering in time; trying again later.</source>
        <translation>中央システムの応答が間に合いません。後で再試行します。</translation>
    </message>
    <message>
        <source>The connection to the central service broke off; trying again later.</source>
        <translation>中央システムとの接続が切れました。後で再試行します。</translation>
    </message>
    <message>
        <source>The central service reported an error; trying again later.</source>
        <translation>中央システムでエラーが発生しました。後で再試行します。</translation>
    </message>
    <message>
        <source>The central service sent an answer this station cannot use; records are kept here and sent again later.</source>
        <translation>中央システムからこの端末で使用できない応答が届きました。記録はこの端末に保存され、後で再送信されます。</translation>
    </message>
    <message>
        <source>The central service&apos;s confirmation could not be verified; records are kept here and sent again later. If this continues, call a technician.</source>
        <translation>中央システムの受領確認を検証できませんでした。記録はこの端末に保存され、後で再送信されます。続く場合は技術担当者に連絡してください。</translation>
    </message>
    <message>
        <source>The central service rejected an enrollment; a supervisor must review it.</source>
        <translation>中央システムが登録を差し戻しました。監督者の確認が必要です。</translation>
    </message>
    <message>
        <source>This station&apos;s clock is wrong. Call a technician to set it.</source>
        <translation>この端末の時計がずれています。技術担当者に調整を依頼してください。</translation>
    </message>
    <message>
        <source>Many sends failed; trying less often for a while.</source>
        <translation>送信の失敗が続いたため、しばらく再試行の頻度を下げます。</translation>
    </message>
    <message>
        <source>Sending hit a problem on this station; the records are safe.</source>
        <translation>この端末で送信中に問題が発生しました。記録は安全です。</translation>
    </message>
    <message>
        <source>The export folder cannot be written. Check the USB drive and try again.</source>
        <translation>エクスポート先フォルダーに書き込めません。USBドライブを確認して再試行してください。</translation>
    </message>
    <message>
        <source>This step is not allowed for the enrollment in its current state.</source>
        <translation>現在の状態の登録では、この手順は実行できません。</translation>
    </message>
    <message>
        <source>A supervisor must approve a forced capture or finger exception first. The enrollment is kept as a draft: once a supervisor has decided in the supervisor view (Ctrl+Shift+R), resume it from today&apos;s list.</source>
        <translation>強制取得または指の例外には、先に監督者の承認が必要です。登録は下書きとして保存されています。監督者が監督者画面（Ctrl+Shift+R）で判断した後、本日の一覧から再開してください。</translation>
    </message>
    <message>
        <source>A supervisor rejected a forced capture or finger exception. Capture it again, or cancel the enrollment.</source>
        <translation>監督者が強制取得または指の例外を却下しました。取り直すか、登録を取り消してください。</translation>
    </message>
    <message>
        <source>This request was already decided or is no longer needed.</source>
        <translation>この依頼はすでに判断済みか、不要になりました。</translation>
    </message>
    <message>
        <source>Write a comment for the decision.</source>
        <translation>判断のコメントを入力してください。</translation>
    </message>
    <message>
        <source>You made this request yourself: another supervisor must decide it.</source>
        <translation>この申請はご本人が行ったものです。別の監督者が判断してください。</translation>
    </message>
    <message>
        <source>This file is not a desk report this station can read (damaged, of another kind, or from a newer version).</source>
        <translation>このファイルは、この端末で読み込める窓口レポートではありません（破損、別の種類、または新しいバージョンのファイル）。</translation>
    </message>
    <message>
        <source>The report could not be saved in %1. Check that the folder exists and can be written, then export again.</source>
        <translation>レポートを %1 に保存できませんでした。フォルダーが存在し書き込めるか確認してから、もう一度出力してください。</translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation>予期しない問題が発生しました。</translation>
    </message>
    <message>
        <source>Unexpected problem. The data already saved is safe.</source>
        <translation>予期しない問題が発生しました。保存済みのデータは安全です。</translation>
    </message>
</context>
<context>
    <name>NextPage</name>
    <message>
        <source>After the desk</source>
        <translation>窓口での手続きの後</translation>
    </message>
    <message>
        <source>Step 5 of 6</source>
        <translation>ステップ 5/6</translation>
    </message>
    <message>
        <source>Pre-register now</source>
        <translation>今すぐ事前登録</translation>
    </message>
    <message>
        <source>1. You receive a receipt. Keep it until your account is active.</source>
        <translation>1. 受付票をお渡しします。アカウントが有効になるまで保管してください。</translation>
    </message>
    <message>
        <source>2. Your application is checked. This can take some days.</source>
        <translation>2. 申請内容が審査されます。数日かかる場合があります。</translation>
    </message>
    <message>
        <source>3. Install the official VNeID app on your phone from your app store.</source>
        <translation>3. アプリストアから公式の VNeID アプリをスマートフォンにインストールしてください。</translation>
    </message>
    <message>
        <source>4. When you are told your account is ready, activate it in VNeID by following the instructions in the app.</source>
        <translation>4. アカウントの準備ができたと連絡を受けたら、アプリの案内に従って VNeID でアカウントを有効にしてください。</translation>
    </message>
    <message>
        <source>Questions? The officers at the guidance desk will help you.</source>
        <translation>ご不明な点は、案内窓口の係員がお手伝いします。</translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <source>Third-party licences</source>
        <translation>サードパーティのライセンス</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Clear</source>
        <translation>全消去</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>次の項目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Type your name in your own script with the input method of the screen, or leave it empty.</source>
        <translation>画面の入力方式で母国語の氏名を入力するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Choose one:</source>
        <translation>一つ選んでください：</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>大文字</translation>
    </message>
</context>
<context>
    <name>PasswordRule</name>
    <message>
        <source>At least %n characters, hard to guess: a few words or a sentence of your own. Common passwords, names, dates, keyboard rows and repeats are refused (such as password12, 1234567890 or qwertyuiop), and so is your user name.</source>
        <translation>%n 文字以上で、推測されにくいもの：自分だけの単語をいくつか、または文。よくあるパスワード、名前、日付、キーボードの並び、繰り返し（password12、1234567890、qwertyuiop など）とユーザー名は使えません。</translation>
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
        <translation>生体情報登録受付票</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>母国語表記の氏名</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>渡航文書</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Fingerprint quality (NFIQ 2, 0-100)</source>
        <translation>指紋品質 (NFIQ 2, 0-100)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>指</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>No fingerprints (exception recorded)</source>
        <translation>指紋なし（例外を記録済み）</translation>
    </message>
    <message>
        <source>Keep this receipt. You will be told when your electronic identification account can be activated.</source>
        <translation>この受付票を保管してください。電子識別アカウントを有効化できるようになりましたらお知らせします。</translation>
    </message>
    <message>
        <source>Right thumb</source>
        <translation>右手親指</translation>
    </message>
    <message>
        <source>Right index finger</source>
        <translation>右手人差し指</translation>
    </message>
    <message>
        <source>Right middle finger</source>
        <translation>右手中指</translation>
    </message>
    <message>
        <source>Right ring finger</source>
        <translation>右手薬指</translation>
    </message>
    <message>
        <source>Right little finger</source>
        <translation>右手小指</translation>
    </message>
    <message>
        <source>Left thumb</source>
        <translation>左手親指</translation>
    </message>
    <message>
        <source>Left index finger</source>
        <translation>左手人差し指</translation>
    </message>
    <message>
        <source>Left middle finger</source>
        <translation>左手中指</translation>
    </message>
    <message>
        <source>Left ring finger</source>
        <translation>左手薬指</translation>
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
        <translation>事前登録して整理券を受け取る</translation>
    </message>
    <message>
        <source>Step 6 of 6</source>
        <translation>ステップ 6/6</translation>
    </message>
    <message>
        <source>Get my ticket</source>
        <translation>整理券を受け取る</translation>
    </message>
    <message>
        <source>Put the photo page of your passport on the reader, or type your data as written in your documents.</source>
        <translation>パスポートの顔写真のページを読み取り機に置くか、書類の記載どおりに入力してください。</translation>
    </message>
    <message>
        <source>Scan the passport again, or type the data.</source>
        <translation>パスポートをもう一度読み取るか、情報を入力してください。</translation>
    </message>
    <message>
        <source>Now choose your residence card and enter its number and expiry date.</source>
        <translation>次に、在留カードの種類を選び、番号と有効期限を入力してください。</translation>
    </message>
</context>
<context>
    <name>Rejections</name>
    <message>
        <source>no portrait in the record</source>
        <translation>記録に顔写真がありません</translation>
    </message>
    <message>
        <source>the record has no history</source>
        <translation>記録に履歴がありません</translation>
    </message>
    <message>
        <source>a photo or fingerprint was damaged</source>
        <translation>写真または指紋が破損しています</translation>
    </message>
    <message>
        <source>the record&apos;s history does not check out</source>
        <translation>記録の履歴が検証に失敗しました</translation>
    </message>
    <message>
        <source>the station&apos;s signature was not recognised</source>
        <translation>端末の署名が認識されません</translation>
    </message>
    <message>
        <source>this station is not registered</source>
        <translation>この端末は登録されていません</translation>
    </message>
    <message>
        <source>the record names another station</source>
        <translation>記録に別の端末が記載されています</translation>
    </message>
    <message>
        <source>the central service could not open the record</source>
        <translation>中央システムが記録を開けません</translation>
    </message>
    <message>
        <source>the record is in an unknown format</source>
        <translation>記録の形式が不明です</translation>
    </message>
    <message>
        <source>the record is unreadable</source>
        <translation>記録を読み取れません</translation>
    </message>
    <message>
        <source>the record is too large</source>
        <translation>記録が大きすぎます</translation>
    </message>
    <message>
        <source>another record has the same number</source>
        <translation>別の記録が同じ番号です</translation>
    </message>
    <message>
        <source>the record changed while it was sent</source>
        <translation>送信中に記録が変更されました</translation>
    </message>
    <message>
        <source>the record&apos;s number does not match</source>
        <translation>記録番号が一致しません</translation>
    </message>
    <message>
        <source>refused by the central service</source>
        <translation>中央システムに拒否されました</translation>
    </message>
    <message>
        <source>Enroll the applicant again.</source>
        <translation>申請者をもう一度登録してください。</translation>
    </message>
    <message>
        <source>Call a technician; the record is kept on this station.</source>
        <translation>技術者を呼んでください。記録はこの端末に保存されています。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>シフト</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <source>Median (min)</source>
        <translation>中央値（分）</translation>
    </message>
    <message>
        <source>90th percentile (min)</source>
        <translation>90パーセンタイル（分）</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Finger</source>
        <translation>指</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Fingers</source>
        <translation>指</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Oldest waiting (min)</source>
        <translation>最長待ち時間（分）</translation>
    </message>
    <message>
        <source>All desks</source>
        <translation>全窓口</translation>
    </message>
    <message>
        <source>Frames held back</source>
        <translation>保留されたフレーム数</translation>
    </message>
    <message>
        <source>Time held back (s)</source>
        <translation>保留時間（秒）</translation>
    </message>
    <message>
        <source>Kept photos failing it</source>
        <translation>この項目が不合格の採用写真</translation>
    </message>
    <message>
        <source>Forced photo</source>
        <translation>強制撮影の写真</translation>
    </message>
    <message>
        <source>Forced fingerprints</source>
        <translation>強制取得の指紋</translation>
    </message>
    <message>
        <source>Finger exception</source>
        <translation>指の例外</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>no sign-off needed</source>
        <translation>承認不要</translation>
    </message>
    <message>
        <source>outside shifts</source>
        <translation>シフト外</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>All shifts</source>
        <translation>全シフト</translation>
    </message>
    <message>
        <source>&amp;Show  (F5)</source>
        <translation>表示(&amp;S)  (F5)</translation>
    </message>
    <message>
        <source>I&amp;mport a desk&apos;s report…</source>
        <translation>窓口レポートを取り込む(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove imported desks</source>
        <translation>取り込んだ窓口を外す</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV を出力(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF を出力(&amp;P)…</translation>
    </message>
    <message>
        <source>Export this desk&apos;s report &amp;file…</source>
        <translation>この窓口のレポートファイルを出力(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>登録件数</translation>
    </message>
    <message>
        <source>Officers and time</source>
        <translation>職員と所要時間</translation>
    </message>
    <message>
        <source>Face checks</source>
        <translation>写真チェック</translation>
    </message>
    <message>
        <source>Fingerprints</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Rejected uploads</source>
        <translation>却下された送信</translation>
    </message>
    <message>
        <source>Sync backlog</source>
        <translation>同期待ち</translation>
    </message>
    <message>
        <source>Pending approvals</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了：</translation>
    </message>
    <message>
        <source>Shift:</source>
        <translation>シフト：</translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>監督者画面</translation>
    </message>
    <message>
        <source>Days without sync: no limit.</source>
        <translation>同期なしの日数：制限なし。</translation>
    </message>
    <message>
        <source>Days without sync: limit %1 days, a warning from %2 days.</source>
        <translation>同期なしの日数：上限 %1 日、%2 日から警告。</translation>
    </message>
    <message>
        <source>No record is waiting to leave this desk.</source>
        <translation>この窓口から送信待ちの記録はありません。</translation>
    </message>
    <message>
        <source>The oldest waiting record has waited %1 days.</source>
        <translation>最も古い送信待ちの記録は %1 日待っています。</translation>
    </message>
    <message>
        <source>Warning: the oldest waiting record has waited %1 days.</source>
        <translation>警告：最も古い送信待ちの記録は %1 日待っています。</translation>
    </message>
    <message>
        <source>New enrollments are stopped: the oldest waiting record has waited %1 days (upload or export them).</source>
        <translation>新規登録は停止中です：最も古い送信待ちの記録は %1 日待っています（アップロードまたはエクスポートしてください）。</translation>
    </message>
    <message>
        <source>%1 (this desk)</source>
        <translation>%1（この窓口）</translation>
    </message>
    <message>
        <source>%1 (imported, made %2)</source>
        <translation>%1（取り込み済み、%2 作成）</translation>
    </message>
    <message>
        <source>Desks: %1</source>
        <translation>窓口：%1</translation>
    </message>
    <message>
        <source>Audit events left out of these figures because they could not be read: %1. The log names them.</source>
        <translation>読み取れなかったためこの集計から除外した監査イベント: %1。ログに記録されています。</translation>
    </message>
    <message>
        <source>Import a desk&apos;s report</source>
        <translation>窓口レポートの取り込み</translation>
    </message>
    <message>
        <source>Station report (*.json)</source>
        <translation>端末レポート (*.json)</translation>
    </message>
    <message>
        <source>That file is this desk&apos;s own report; this desk&apos;s figures come from its database.</source>
        <translation>このファイルはこの窓口自身のレポートです。この窓口の数値はデータベースから集計されます。</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>CSV ファイルの保存先フォルダー</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>PDF レポートの保存</translation>
    </message>
    <message>
        <source>Save this desk&apos;s report file</source>
        <translation>この窓口のレポートファイルの保存</translation>
    </message>
    <message>
        <source>Preparing the report for the export…</source>
        <translation>出力するレポートを準備しています…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in %1.</source>
        <translation>
            <numerusform>CSV ファイル %n 件を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2, %3</source>
        <translation>%1～%2、%3</translation>
    </message>
    <message>
        <source>Supervisor report</source>
        <translation>監督者レポート</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Packets waiting to be sent</source>
        <translation>送信待ちのパケット</translation>
    </message>
    <message>
        <source>Oldest waiting packet (minutes)</source>
        <translation>最も長く待っているパケット（分）</translation>
    </message>
    <message>
        <source>Median NFIQ 2 per finger (ISO position code)</source>
        <translation>指ごとの NFIQ 2 中央値（ISO 位置コード）</translation>
    </message>
    <message>
        <source>Enrollments saved per officer</source>
        <translation>職員ごとの保存済み登録</translation>
    </message>
    <message>
        <source>Failed photo checks</source>
        <translation>不合格の写真チェック</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>missing</source>
        <translation>欠損</translation>
    </message>
    <message>
        <source>amputated</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>bandaged</source>
        <translation>包帯あり</translation>
    </message>
    <message>
        <source>temporarily unusable</source>
        <translation>一時的に使用不可</translation>
    </message>
    <message>
        <source>Fingerprints (NFIQ 2)</source>
        <translation>指紋 (NFIQ 2)</translation>
    </message>
    <message>
        <source>&amp;Back to fingerprints</source>
        <translation>指紋採取に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Retake the pho&amp;to</source>
        <translation>写真を撮り直す(&amp;T)</translation>
    </message>
    <message>
        <source>Correct applicant &amp;data  (Ctrl+E)</source>
        <translation>申請者情報を訂正(&amp;D)  (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…</source>
        <translation>この登録を取り消す(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Confirm and save  (Ctrl+Enter)</source>
        <translation>確認して保存(&amp;C)  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>受付票を印刷(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next applicant  (Ctrl+N)</source>
        <translation>次の申請者(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Review and save</source>
        <translation>確認と保存</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Native-script name</source>
        <translation>母国語表記の氏名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Female (F)</source>
        <translation>女性 (F)</translation>
    </message>
    <message>
        <source>Male (M)</source>
        <translation>男性 (M)</translation>
    </message>
    <message>
        <source>Unspecified (X)</source>
        <translation>未指定 (X)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>在留カード</translation>
    </message>
    <message>
        <source>Address in Vietnam</source>
        <translation>ベトナム国内の住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>希望言語</translation>
    </message>
    <message>
        <source>Taken automatically (all checks passed).</source>
        <translation>自動撮影（全項目合格）。</translation>
    </message>
    <message>
        <source>Taken by the officer (all checks passed).</source>
        <translation>担当官による撮影（全項目合格）。</translation>
    </message>
    <message>
        <source>Kept although a check failed. Reason: %1.</source>
        <translation>確認項目の一つを満たしていませんが、この写真を採用しました。理由：%1。</translation>
    </message>
    <message>
        <source>Rejected by a supervisor: retake the photo.</source>
        <translation>監督者が却下しました。写真を撮り直してください。</translation>
    </message>
    <message>
        <source>Waiting for a supervisor&apos;s approval.</source>
        <translation>監督者の承認待ちです。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>承認者：%1。</translation>
    </message>
    <message>
        <source>%1 forced: %2</source>
        <translation>%1 強制採用：%2</translation>
    </message>
    <message>
        <source>exception: %1</source>
        <translation>例外：%1</translation>
    </message>
    <message>
        <source>Duplicate-finger warning was reviewed.</source>
        <translation>指の重複警告は確認済みです。</translation>
    </message>
    <message>
        <source>Temporary residence card</source>
        <translation>一時在留カード</translation>
    </message>
    <message>
        <source>Permanent residence card</source>
        <translation>永住カード</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>受付票をプリンターに送りました。</translation>
    </message>
    <message>
        <source>No printer: the receipt is open as a PDF; print it from there.</source>
        <translation>プリンターがありません：受付票を PDF で開きました。そこから印刷してください。</translation>
    </message>
    <message>
        <source>No printer: the receipt is kept encrypted on this station until the record is deleted. Give the applicant the enrollment number %1.</source>
        <translation>プリンターがありません。受付票は記録が削除されるまでこの端末に暗号化して保管されます。申請者に登録番号 %1 をお伝えください。</translation>
    </message>
    <message>
        <source>The receipt is still being prepared; press Print again in a moment.</source>
        <translation>受付票を準備中です。少ししてからもう一度印刷を押してください。</translation>
    </message>
    <message>
        <source>Saved. Enrollment number %1</source>
        <translation>保存しました。登録番号 %1</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <source>Simulated scanner</source>
        <translation>シミュレーションのスキャナー</translation>
    </message>
    <message>
        <source>SBI device service</source>
        <translation>SBI デバイスサービス</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>デバイスを検出(&amp;D)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Test &amp;capture</source>
        <translation>テスト採取(&amp;C)</translation>
    </message>
    <message>
        <source>Fixed port (0 = discover)</source>
        <translation>固定ポート（0 = 自動検出）</translation>
    </message>
    <message>
        <source>Quality asked of the scanner</source>
        <translation>スキャナーに求める品質</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>the one chosen above</source>
        <translation>上で選んだもの</translation>
    </message>
    <message>
        <source>Port range</source>
        <translation>ポート範囲</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>上記のとおり</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指紋スキャナー</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>スキャナー：</translation>
    </message>
    <message>
        <source>SBI ports:</source>
        <translation>SBI ポート：</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>テスト：</translation>
    </message>
    <message>
        <source>Scanning ports %1 to %2…</source>
        <translation>ポート %1～%2 を検索中…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登録</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) found in %1 s.</source>
        <translation>
            <numerusform>%1 秒で %n 台のデバイスが見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Place the fingers on the scanner…</source>
        <translation>スキャナーに指を置いてください…</translation>
    </message>
    <message>
        <source>%1 on port %2, captured in %3 s.</source>
        <translation>%1（ポート %2）、%3 秒で採取しました。</translation>
    </message>
    <message>
        <source>The device signature is not verified (no device CA configured).</source>
        <translation>デバイスの署名は検証されていません（デバイス CA が未設定）。</translation>
    </message>
    <message>
        <source>%1
NFIQ 2: %2 (device: %3)</source>
        <translation>%1
NFIQ 2: %2（デバイス: %3）</translation>
    </message>
</context>
<context>
    <name>SegmentCard</name>
    <message>
        <source>Capture again</source>
        <translation>再採取</translation>
    </message>
    <message>
        <source>Capturing…</source>
        <translation>採取中…</translation>
    </message>
    <message>
        <source>(device {0})</source>
        <translation>(機器 {0})</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Accepted (attempt {0} of {1})</source>
        <translation>合格（{0}/{1}回目）</translation>
    </message>
    <message>
        <source>Below {0}: attempt {1} of {2}, retry</source>
        <translation>{0}未満：{1}/{2}回目、再試行</translation>
    </message>
    <message>
        <source>Below {0} after {1} attempts: force or mark exceptions</source>
        <translation>{1}回試行後も{0}未満：強制採用または例外指定</translation>
    </message>
    <message>
        <source>Forced: {0}</source>
        <translation>強制採用：{0}</translation>
    </message>
    <message>
        <source>Not captured (exceptions)</source>
        <translation>未採取（例外）</translation>
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
        <translation>保存するものはありません。値は変更されていません。</translation>
    </message>
    <message>
        <source>Saved to %1. The changes take effect when the kiosk is restarted.</source>
        <translation>%1 に保存しました。変更はキオスクの再起動後に有効になります。</translation>
    </message>
    <message>
        <source>An environment variable overrides: %1.</source>
        <translation>環境変数が次の設定を上書きしています: %1。</translation>
    </message>
    <message>
        <source>Check: %1.</source>
        <translation>確認してください: %1。</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>This station has no accounts yet. Create the first account: a supervisor (who then creates the officers&apos; accounts) or a technician (who sets up the devices).</source>
        <translation>この端末にはまだアカウントがありません。最初のアカウントを作成してください：監督者（その後、担当官のアカウントを作成）または技術者（機器を設定）。</translation>
    </message>
    <message>
        <source>e.g. lan.tran</source>
        <translation>例：lan.tran</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>監督者</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技術者</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>アカウント作成(&amp;C)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>役割：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>パスワード（確認）：</translation>
    </message>
    <message>
        <source>Set up this station</source>
        <translation>端末の設定</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>This station has no accounts yet, so nobody was signed in. Make the first account here.</source>
        <translation>この端末にはまだアカウントがないため、誰もサインインしていません。ここで最初のアカウントを作成してください。</translation>
    </message>
    <message>
        <source>This station already has accounts, so no new account was made. Sign in with your account.</source>
        <translation>この端末にはすでにアカウントがあるため、新しいアカウントは作成されませんでした。ご自身のアカウントでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Office</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Applicant display</source>
        <translation>申請者用画面</translation>
    </message>
    <message>
        <source>On a second screen when there is one</source>
        <translation>2台目の画面があればその画面に</translation>
    </message>
    <message>
        <source>Always (a window on a single screen)</source>
        <translation>常に表示（画面が1台ならウィンドウで）</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Officer screens</source>
        <translation>職員用画面</translation>
    </message>
    <message>
        <source>Languages for applicants</source>
        <translation>申請者向けの言語</translation>
    </message>
    <message>
        <source>The system&apos;s default printer</source>
        <translation>システムの既定のプリンター</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>受付票のプリンター</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Enrollment station</source>
        <translation>生体情報登録端末</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Station ID:</source>
        <translation>端末ID：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>事務所：</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン：</translation>
    </message>
    <message>
        <source>Local database</source>
        <translation>ローカルデータベース</translation>
    </message>
    <message>
        <source>Opening the local database…</source>
        <translation>ローカルデータベースを開いています…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Waiting for the central service:</source>
        <translation>中央サービスへの送信待ち：</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>データベースファイル：</translation>
    </message>
    <message>
        <source>Encryption key:</source>
        <translation>暗号化キー：</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>取得済み</translation>
    </message>
    <message>
        <source>Finalized, waiting to upload</source>
        <translation>確定済み、アップロード待ち</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message numerus="yes">
        <source>Ready (encrypted, %n MB)</source>
        <translation>
            <numerusform>準備完了（暗号化済み、%n MB）</numerusform>
        </translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>OSキーリング</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>キーファイル</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>監督者のサインイン</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Confirmed until now</source>
        <translation>これまでの確認済み</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新しい値</translation>
    </message>
    <message>
        <source>Supervisor:</source>
        <translation>監督者：</translation>
    </message>
    <message>
        <source>Supervisor&apos;s password:</source>
        <translation>監督者のパスワード：</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>State:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Waiting to upload:</source>
        <translation>アップロード待ち：</translation>
    </message>
    <message>
        <source>Uploaded, waiting for the result:</source>
        <translation>アップロード済み、結果待ち：</translation>
    </message>
    <message>
        <source>Oldest waiting for:</source>
        <translation>最も古いものの待ち時間：</translation>
    </message>
    <message>
        <source>Uploads in progress:</source>
        <translation>アップロード中：</translation>
    </message>
    <message>
        <source>Uploaded since start:</source>
        <translation>起動後のアップロード数：</translation>
    </message>
    <message>
        <source>Next attempt in:</source>
        <translation>次の試行まで：</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>直近の問題：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同期キュー</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Offline: will retry</source>
        <translation>オフライン: 再試行します</translation>
    </message>
    <message>
        <source>Slowed down: the service is busy</source>
        <translation>速度を落としています: サービスが混雑しています</translation>
    </message>
    <message>
        <source>Waiting before the next attempt</source>
        <translation>次の試行まで待機中</translation>
    </message>
    <message>
        <source>Refused: check the station&apos;s registration</source>
        <translation>拒否されました: ステーションの登録を確認してください</translation>
    </message>
    <message>
        <source>Not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Off: no central service address is configured, or sync is disabled</source>
        <translation>オフ: 中央サービスのアドレスが未設定か、同期が無効です</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The central service cannot be reached.</source>
        <translation>中央サービスに接続できません。</translation>
    </message>
    <message>
        <source>The central service stopped answering.</source>
        <translation>中央サービスが応答しなくなりました。</translation>
    </message>
    <message>
        <source>The connection was lost during an upload.</source>
        <translation>アップロード中に接続が切れました。</translation>
    </message>
    <message>
        <source>The station&apos;s clock differs from the service&apos;s.</source>
        <translation>ステーションの時計がサービスの時計とずれています。</translation>
    </message>
    <message>
        <source>The central service refused this station.</source>
        <translation>中央サービスがこのステーションを拒否しました。</translation>
    </message>
    <message>
        <source>The central service asked to slow down.</source>
        <translation>中央サービスから速度を落とすよう求められました。</translation>
    </message>
    <message>
        <source>The central service reported an error.</source>
        <translation>中央サービスがエラーを報告しました。</translation>
    </message>
    <message>
        <source>The central service rejected a packet.</source>
        <translation>中央サービスがパケットを1件拒否しました。</translation>
    </message>
    <message>
        <source>Too many retries: waiting before trying again.</source>
        <translation>再試行が多すぎます。しばらく待ってから再試行します。</translation>
    </message>
    <message>
        <source>The local queue could not be read.</source>
        <translation>ローカルのキューを読み込めません。</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>送信抑制中</translation>
    </message>
    <message>
        <source>Backing off</source>
        <translation>送信を保留中</translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation>認証拒否</translation>
    </message>
    <message>
        <source>Offline only</source>
        <translation>端末保存のみ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止中</translation>
    </message>
    <message numerus="yes">
        <source>next try in %n min</source>
        <translation>
            <numerusform>%n分後に再試行</numerusform>
        </translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>oldest: under 1 min</source>
        <translation>最古：1分未満</translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n min</source>
        <translation>
            <numerusform>最古：%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n h</source>
        <translation>
            <numerusform>最古：%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest: %n days</source>
        <translation>
            <numerusform>最古：%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days: new enrollments stopped</source>
        <translation>
            <numerusform>%n 日間未送信：新しい登録を停止しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not sent for %n days</source>
        <translation>
            <numerusform>%n 日間未送信</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new enrollments stop in %n days</source>
        <translation>
            <numerusform>%n 日後に新しい登録を停止します</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>送信待ち%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>すべて送信済み</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n 件却下</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>next try in %n s</source>
        <translation>
            <numerusform>%n秒後に再試行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting the central decision</source>
        <translation>
            <numerusform>中央の審査待ち%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>中央システムのコード</translation>
    </message>
</context>
<context>
    <name>TechnicianConsole</name>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>書類カメラ</translation>
    </message>
    <message>
        <source>Fingerprint scanner</source>
        <translation>指紋スキャナー</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>中央サービス</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>ステーション</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同期キュー</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Settings are checked before they are saved to %1 and take effect when the kiosk is restarted.</source>
        <translation>設定は %1 に保存する前に検査され、キオスクの再起動後に有効になります。</translation>
    </message>
    <message>
        <source>Technician console</source>
        <translation>技術者コンソール</translation>
    </message>
</context>
<context>
    <name>ThresholdsPage</name>
    <message>
        <source>Left hand: lowest NFIQ 2 score</source>
        <translation>左手: NFIQ 2 の最低スコア</translation>
    </message>
    <message>
        <source>Right hand: lowest NFIQ 2 score</source>
        <translation>右手: NFIQ 2 の最低スコア</translation>
    </message>
    <message>
        <source>Thumbs: lowest NFIQ 2 score</source>
        <translation>親指: NFIQ 2 の最低スコア</translation>
    </message>
    <message>
        <source>Single finger: lowest NFIQ 2 score</source>
        <translation>1本指: NFIQ 2 の最低スコア</translation>
    </message>
    <message>
        <source>Attempts per segment</source>
        <translation>区分ごとの試行回数</translation>
    </message>
    <message>
        <source>Repeated-finger match score</source>
        <translation>同一指の照合スコア</translation>
    </message>
    <message>
        <source>Face: least eye distance (pixels)</source>
        <translation>顔: 両目の最小間隔（ピクセル）</translation>
    </message>
    <message>
        <source>Face: largest head turn (degrees)</source>
        <translation>顔: 顔の向きの最大角度（度）</translation>
    </message>
    <message>
        <source>Face: largest head nod (degrees)</source>
        <translation>顔: うなずきの最大角度（度）</translation>
    </message>
    <message>
        <source>Face: largest head tilt (degrees)</source>
        <translation>顔: 首の傾きの最大角度（度）</translation>
    </message>
    <message>
        <source>Face: seconds to hold still</source>
        <translation>顔: 静止する秒数</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Your queue ticket</source>
        <translation>整理券</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Queue ticket</source>
        <translation>整理券</translation>
    </message>
    <message>
        <source>Wait until your number is called, then show this code at the capture desk. The ticket is valid today only.</source>
        <translation>番号が呼ばれたら、受付窓口でこのコードをご提示ください。整理券は本日のみ有効です。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Take your printed ticket from the printer.</source>
        <translation>プリンターから印刷された整理券をお取りください。</translation>
    </message>
    <message>
        <source>No printer here: show this screen, or take a photo of the code with your phone.</source>
        <translation>プリンターがありません。この画面を提示するか、スマートフォンでコードを撮影してください。</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Search by name or passport number</source>
        <translation>氏名またはパスポート番号で検索</translation>
    </message>
    <message>
        <source>&amp;New enrollment  (Ctrl+N)</source>
        <translation>新規登録(&amp;N)  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Enrollment number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Cance&amp;l this enrollment…  (Ctrl+Del)</source>
        <translation>この登録を取り消す(&amp;L)…  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Today at this desk</source>
        <translation>本日のこの窓口</translation>
    </message>
    <message>
        <source>draft (not saved yet)</source>
        <translation>下書き（未保存）</translation>
    </message>
    <message>
        <source>captured</source>
        <translation>取得済み</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>アップロード済み</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>draft: waiting for a supervisor&apos;s approval</source>
        <translation>下書き：監督者の承認待ち</translation>
    </message>
    <message>
        <source>draft: rejected by a supervisor, capture again</source>
        <translation>下書き：監督者が却下、再取得が必要</translation>
    </message>
    <message>
        <source>interrupted at %1: resume (Enter) or cancel</source>
        <translation>中断（%1）：再開（Enter）または取消</translation>
    </message>
    <message>
        <source>fingerprints %1 of 3</source>
        <translation>指紋 %1/3</translation>
    </message>
    <message>
        <source>applicant data</source>
        <translation>申請者情報</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Central service code</source>
        <translation>中央システムのコード</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Technician</source>
        <translation>技術担当者</translation>
    </message>
    <message>
        <source>Leave the kiosk screen</source>
        <translation>キオスク画面を終了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Technician user name</source>
        <translation>技術担当者のユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Only a technician of this station can leave the kiosk screen.</source>
        <translation>キオスク画面を終了できるのは、この端末の技術担当者のみです。</translation>
    </message>
</context>
<context>
    <name>WaitingNote</name>
    <message>
        <source>Getting ready… This goes on by itself in a moment.</source>
        <translation>準備しています… まもなく自動的に続行します。</translation>
    </message>
</context>
</TS>
