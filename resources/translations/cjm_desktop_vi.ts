<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="34"/>
        <source>Rename Stage…</source>
        <translation>Đổi tên giai đoạn…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="35"/>
        <source>Stage Colour…</source>
        <translation>Màu giai đoạn…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="37"/>
        <source>Add Stage Before</source>
        <translation>Thêm giai đoạn phía trước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="38"/>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="99"/>
        <source>Add Stage After</source>
        <translation>Thêm giai đoạn phía sau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="40"/>
        <source>Delete Stage</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="59"/>
        <source>Rename Lane…</source>
        <translation>Đổi tên làn…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="60"/>
        <source>Lane Kind</source>
        <translation>Loại làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="61"/>
        <source>Collapse Lane</source>
        <translation>Thu gọn làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="66"/>
        <source>Add Lane Above</source>
        <translation>Thêm làn phía trên</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="67"/>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="100"/>
        <source>Add Lane Below</source>
        <translation>Thêm làn phía dưới</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="69"/>
        <source>Delete Lane</source>
        <translation>Xóa làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="79"/>
        <source>Edit in Inspector</source>
        <translation>Sửa trong bảng Thuộc tính</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="80"/>
        <source>Card Colour…</source>
        <translation>Màu thẻ…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="81"/>
        <source>Use Lane Colour</source>
        <translation>Dùng màu của làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="95"/>
        <source>Add Card Here</source>
        <translation>Thêm thẻ tại đây</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="96"/>
        <source>Paste Here</source>
        <translation>Dán vào đây</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="108"/>
        <source>Edit Label…</source>
        <translation>Sửa nhãn…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/context_menus.py" line="110"/>
        <source>Delete Connector</source>
        <translation>Xóa đường nối</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/dialogs.py" line="52"/>
        <source>New Map from Template</source>
        <translation>Bản đồ mới từ mẫu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/dialogs.py" line="70"/>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="107"/>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="137"/>
        <location filename="../../cjm_desktop/app/window/dialogs.py" line="75"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="44"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="70"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="81"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="105"/>
        <location filename="../../cjm_desktop/app/export_dialog/preview.py" line="181"/>
        <location filename="../../cjm_desktop/app/window/dialogs.py" line="76"/>
        <source>Title</source>
        <extracomment>the inspector&apos;s page for each kind of selected object (the map has a page of its own)
----------
Longest side of the cached thumbnail in pixels (enough for a 2x screen preview).</extracomment>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/dialogs.py" line="79"/>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="45"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="46"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="72"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="94"/>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="46"/>
        <source>Lane colour</source>
        <translation>Màu của làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="47"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="47"/>
        <source>comma, separated</source>
        <translation>cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="48"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="74"/>
        <source>Picture</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="50"/>
        <source>Touchpoint</source>
        <translation>Điểm chạm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="51"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="51"/>
        <source>website, store, hotline …</source>
        <translation>website, cửa hàng, hotline …</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="52"/>
        <source>Sentiment</source>
        <translation>Cảm nhận</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="53"/>
        <source>Importance</source>
        <translation>Mức quan trọng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="55"/>
        <source>Improvement action</source>
        <translation>Hành động cải tiến</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="56"/>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="57"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="58"/>
        <source>Measure</source>
        <translation>Cách đo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="58"/>
        <source>how success is measured</source>
        <translation>đo hiệu quả thế nào</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="59"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="61"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="62"/>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="63"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="63"/>
        <source>interviews, survey, analytics …</source>
        <translation>phỏng vấn, khảo sát …</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="71"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="92"/>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="106"/>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="73"/>
        <source>Width</source>
        <translation>Chiều rộng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="82"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="83"/>
        <source>Min. height</source>
        <translation>Chiều cao tối thiểu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="84"/>
        <source>Collapsed</source>
        <translation>Thu gọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="90"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="91"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="91"/>
        <source>e.g. office worker, 28</source>
        <translation>vd. nhân viên văn phòng, 28 tuổi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="93"/>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="93"/>
        <source>one goal per line</source>
        <translation>mỗi dòng một mục tiêu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="95"/>
        <source>Portrait</source>
        <translation>Ảnh chân dung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/picture_field.py" line="41"/>
        <location filename="../../cjm_desktop/app/docks/picture_field.py" line="81"/>
        <source>Choose Picture…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/picture_field.py" line="45"/>
        <source>Paste the picture on the clipboard</source>
        <translation>Dán hình ảnh từ bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/picture_field.py" line="49"/>
        <source>Remove the picture</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/picture_field.py" line="82"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/picture_field.py" line="92"/>
        <source>The clipboard holds no picture.</source>
        <translation>Bộ nhớ tạm không có hình ảnh.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="100"/>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="108"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="118"/>
        <source>Inspector</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="205"/>
        <source>cards</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="205"/>
        <source>stages</source>
        <translation>giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="205"/>
        <source>lanes</source>
        <translation>làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="205"/>
        <source>personas</source>
        <translation>chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="206"/>
        <source>connectors</source>
        <translation>đường nối</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="208"/>
        <source>%1 selected.</source>
        <translation>Đã chọn %1.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="209"/>
        <source>Select one item to edit its fields.</source>
        <translation>Chọn một mục để sửa thuộc tính của nó.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="210"/>
        <source>Selection</source>
        <translation>Các mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="216"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="213"/>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="54"/>
        <source>Card</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="216"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="213"/>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="54"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="216"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="213"/>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="54"/>
        <source>Lane</source>
        <translation>Làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="216"/>
        <source>Persona</source>
        <translation>Chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="217"/>
        <source>Connector</source>
        <translation>Đường nối</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/inspector.py" line="217"/>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="76"/>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="144"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/palette.py" line="68"/>
        <source>Drag onto a cell to add a “%1” card; double-click adds one to the current cell.</source>
        <translation>Kéo vào một ô để thêm thẻ “%1”; nhấp đúp để thêm vào ô đang chọn.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/palette.py" line="96"/>
        <source>Card Palette</source>
        <translation>Bảng thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/palette.py" line="99"/>
        <source>Drag a card onto the map, or double-click to add it to the selected cell.</source>
        <translation>Kéo thẻ vào bản đồ, hoặc nhấp đúp để thêm vào ô đang chọn.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="57"/>
        <source>How the persona feels at this stage, from -3 (very bad) to +3 (delighted)</source>
        <translation>Khách hàng cảm thấy thế nào ở giai đoạn này, từ -3 (rất tệ) đến +3 (rất hài lòng)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="61"/>
        <source>feeling, e.g. worried</source>
        <translation>cảm xúc, vd. lo lắng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="94"/>
        <source>Personas</source>
        <translation>Chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="106"/>
        <source>Add</source>
        <extracomment>an event filter the window installs on every editing widget (Ctrl+Z undoes the map)</extracomment>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="107"/>
        <source>Add a persona to the map</source>
        <translation>Thêm một chân dung khách hàng vào bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="109"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="110"/>
        <source>Remove the chosen persona and its emotion curve</source>
        <translation>Bỏ chân dung khách hàng đang chọn cùng đường cảm xúc của họ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="118"/>
        <source>Emotion curve</source>
        <translation>Đường cảm xúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/personas.py" line="160"/>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="67"/>
        <location filename="../../cjm_desktop/app/window/view_toggles.py" line="51"/>
        <source>(no name)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="201"/>
        <source>Cut Card</source>
        <translation>Cắt thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="201"/>
        <source>Cut %1 Cards</source>
        <translation>Cắt %1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="218"/>
        <source>The clipboard holds no cards or text to paste.</source>
        <translation>Bộ nhớ tạm không có thẻ hay văn bản nào để dán.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="227"/>
        <source>Paste Card</source>
        <translation>Dán thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="227"/>
        <source>Paste %1 Cards</source>
        <translation>Dán %1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="236"/>
        <source>Nothing to paste into</source>
        <translation>Không có chỗ để dán</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="236"/>
        <source>Add a stage and a lane first, then paste.</source>
        <translation>Hãy thêm một giai đoạn và một làn trước, rồi dán.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="260"/>
        <source>Too many cards</source>
        <translation>Quá nhiều thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="260"/>
        <source>A map holds at most %1 cards.</source>
        <translation>Một bản đồ chứa tối đa %1 thẻ.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="342"/>
        <source>Remove Hint Cards</source>
        <translation>Xóa các thẻ gợi ý</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="253"/>
        <source>Duplicate Card</source>
        <translation>Nhân bản thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="253"/>
        <source>Duplicate %1 Cards</source>
        <translation>Nhân bản %1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="28"/>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="127"/>
        <location filename="../../cjm_desktop/editing/workshop_verbs.py" line="22"/>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="30"/>
        <source>resolved</source>
        <translation>đã xử lý</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="38"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="197"/>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="47"/>
        <source>Add a comment…</source>
        <translation>Thêm bình luận…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="50"/>
        <source>Add Comment</source>
        <translation>Thêm bình luận</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="51"/>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="108"/>
        <source>Resolve</source>
        <translation>Xử lý xong</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="52"/>
        <location filename="../../cjm_desktop/editing/editor.py" line="333"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/docks/comments_box.py" line="108"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="149"/>
        <source>the stage “%1”</source>
        <translation>giai đoạn “%1”</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="149"/>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="151"/>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="151"/>
        <source>the lane “%1”</source>
        <translation>làn “%1”</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="153"/>
        <source>%1 stages and lanes</source>
        <translation>%1 giai đoạn và làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="154"/>
        <source>1 card</source>
        <translation>1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="154"/>
        <source>%1 cards</source>
        <translation>%1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="155"/>
        <source>Delete %1 and the %2 in it? You can undo this with Edit &gt; Undo.</source>
        <translation>Xóa %1 cùng %2 trong đó? Bạn có thể hoàn tác bằng Sửa &gt; Hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="156"/>
        <source>Delete cards too?</source>
        <translation>Xóa cả thẻ?</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="351"/>
        <source>Connector label</source>
        <translation>Nhãn đường nối</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="351"/>
        <source>Label (e.g. “comes back”):</source>
        <translation>Nhãn (vd. “quay lại”):</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="145"/>
        <source>No cell for a card</source>
        <extracomment>Fields a new card gets from the card kind it was asked for (palette drop or activation). The cell the user last pointed at (context menu on an empty cell).</extracomment>
        <translation>Chưa có ô nào cho thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="145"/>
        <source>Add a stage and a lane first, then add cards.</source>
        <translation>Hãy thêm một giai đoạn và một làn trước, rồi thêm thẻ.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="33"/>
        <source>Stage %1</source>
        <extracomment>Default names, written into the map in its language (see :mod:`.map_words`).</extracomment>
        <translation>Giai đoạn %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="34"/>
        <source>Persona %1</source>
        <translation>Khách hàng %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="86"/>
        <source>Rename stage</source>
        <extracomment>The title a new lane of a kind gets in a map language (the window&apos;s words for lane kinds).</extracomment>
        <translation>Đổi tên giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="86"/>
        <source>Stage title:</source>
        <translation>Tên giai đoạn:</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="92"/>
        <source>Rename lane</source>
        <translation>Đổi tên làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="92"/>
        <source>Lane title:</source>
        <translation>Tên làn:</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/structure_verbs.py" line="98"/>
        <source>Stage colour</source>
        <translation>Màu giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="360"/>
        <source>Card colour</source>
        <translation>Màu thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/editor.py" line="368"/>
        <source>Colour Cards</source>
        <translation>Tô màu thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="89"/>
        <source>Find in cards, stages, lanes and personas</source>
        <translation>Tìm trong thẻ, giai đoạn, làn và chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="95"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Kết quả trước (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="96"/>
        <source>Next match (F3 or Enter)</source>
        <translation>Kết quả tiếp theo (F3 hoặc Enter)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="97"/>
        <source>Close the find bar (Esc)</source>
        <translation>Đóng thanh tìm kiếm (Esc)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="171"/>
        <source>No match</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="173"/>
        <source>%1 matches</source>
        <translation>%1 kết quả</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="173"/>
        <source>1 match</source>
        <translation>1 kết quả</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/find_bar.py" line="175"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="32"/>
        <source>Journey maps (*.cjm)</source>
        <translation>Bản đồ hành trình (*.cjm)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="75"/>
        <source>&amp;New from Template…</source>
        <translation>&amp;Bản đồ mới từ mẫu…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="75"/>
        <source>Start a new map from a template</source>
        <translation>Bắt đầu một bản đồ mới từ một mẫu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="76"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="76"/>
        <source>Open a .cjm map</source>
        <translation>Mở một bản đồ .cjm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="134"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="79"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="79"/>
        <source>Save the map</source>
        <translation>Lưu bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="107"/>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="134"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="80"/>
        <source>Save &amp;As…</source>
        <translation>Lưu &amp;thành…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="80"/>
        <source>Save the map under another name</source>
        <translation>Lưu bản đồ với tên khác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="81"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Quay về bản đã lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="81"/>
        <source>Reload the map from its file, dropping unsaved changes</source>
        <translation>Tải lại bản đồ từ tệp, bỏ các thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="82"/>
        <source>Restore &amp;Backup…</source>
        <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="83"/>
        <source>Go back to a version of this file saved before</source>
        <translation>Quay về một phiên bản đã lưu trước đây của tệp này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="90"/>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="90"/>
        <source>Export the map as a PDF poster, PNG or SVG</source>
        <translation>Xuất bản đồ thành poster PDF, PNG hoặc SVG</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="91"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="91"/>
        <source>Close this window</source>
        <translation>Đóng cửa sổ này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="92"/>
        <source>Close every window and quit</source>
        <translation>Đóng mọi cửa sổ và thoát</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="62"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="216"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="65"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="216"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="77"/>
        <source>&amp;Import…</source>
        <translation>Nhập từ tệp khá&amp;c…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="78"/>
        <source>Make a new map from an Excel workbook, a CSV table or a Mermaid journey</source>
        <translation>Tạo bản đồ mới từ sổ tính Excel, bảng CSV hoặc hành trình Mermaid</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="86"/>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;So sánh với…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="87"/>
        <source>Show what changed since another version of this map</source>
        <translation>Xem những gì đã thay đổi so với một phiên bản khác của bản đồ này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="88"/>
        <source>Mer&amp;ge With…</source>
        <translation>Hợp nhất &amp;với…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="89"/>
        <source>Merge another copy of this map (a colleague&apos;s, a conflicted copy) into it</source>
        <translation>Hợp nhất một bản sao khác của bản đồ này (của đồng nghiệp, bản sao xung đột) vào bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="103"/>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="103"/>
        <source>Cut the selected cards</source>
        <translation>Cắt các thẻ đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="104"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="104"/>
        <source>Copy the selected cards</source>
        <translation>Sao chép các thẻ đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="105"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="105"/>
        <source>Paste cards into the selected cell</source>
        <translation>Dán thẻ vào ô đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="106"/>
        <source>&amp;Duplicate</source>
        <translation>Nhân &amp;bản</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="106"/>
        <source>Duplicate the selected cards</source>
        <translation>Nhân bản các thẻ đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="107"/>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="107"/>
        <source>Delete the selection</source>
        <translation>Xóa những gì đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="108"/>
        <source>Remove &amp;Hint Cards</source>
        <translation>Xóa các thẻ &amp;gợi ý</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="109"/>
        <source>Remove the template&apos;s hint cards nobody has written</source>
        <translation>Xóa các thẻ gợi ý của mẫu mà chưa ai viết lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="110"/>
        <source>Select &amp;All</source>
        <translation>Chọn tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="110"/>
        <source>Select every card</source>
        <translation>Chọn mọi thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="111"/>
        <source>&amp;Find…</source>
        <translation>Tìm &amp;kiếm…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="111"/>
        <source>Find cards by their text</source>
        <translation>Tìm thẻ theo nội dung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="112"/>
        <source>Find &amp;Next</source>
        <translation>Tìm tiế&amp;p</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="112"/>
        <source>Go to the next card found</source>
        <translation>Đến thẻ tìm thấy tiếp theo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="113"/>
        <source>Find Pre&amp;vious</source>
        <translation>Tìm &amp;ngược lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="113"/>
        <source>Go to the previous card found</source>
        <translation>Đến thẻ tìm thấy trước đó</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="114"/>
        <source>Pre&amp;ferences…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="115"/>
        <source>Language, autosave, export paper size and the template for new maps</source>
        <translation>Ngôn ngữ, tự động lưu, khổ giấy khi xuất và mẫu cho bản đồ mới</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="117"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="118"/>
        <source>How to make, edit, share and print a journey map</source>
        <translation>Cách tạo, chỉnh sửa, chia sẻ và in bản đồ hành trình</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="119"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="120"/>
        <source>Every menu command&apos;s keys</source>
        <translation>Phím tắt của mọi lệnh trong menu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="121"/>
        <source>Zoom &amp;In</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="121"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="122"/>
        <source>Zoom &amp;Out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="122"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="123"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Kích thước thật</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="123"/>
        <source>Show the map at 100%</source>
        <translation>Hiện bản đồ ở 100%</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="124"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Vừa cửa sổ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="124"/>
        <source>Fit the whole map in the window</source>
        <translation>Thu cả bản đồ vừa trong cửa sổ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="125"/>
        <source>&amp;Present</source>
        <translation>T&amp;rình chiếu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="126"/>
        <source>Show the map full screen, stage by stage (Esc leaves)</source>
        <translation>Trình chiếu bản đồ toàn màn hình, từng giai đoạn một (Esc để thoát)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="128"/>
        <source>&amp;Card</source>
        <translation>&amp;Thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="128"/>
        <source>Add a card to the selected cell</source>
        <translation>Thêm một thẻ vào ô đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="129"/>
        <source>&amp;Stage</source>
        <translation>&amp;Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="129"/>
        <source>Add a stage after the selected one</source>
        <translation>Thêm một giai đoạn sau giai đoạn đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="130"/>
        <location filename="../../cjm_desktop/app/window/actions.py" line="188"/>
        <source>&amp;Lane</source>
        <translation>&amp;Làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="130"/>
        <source>Add a lane below the selected one</source>
        <translation>Thêm một làn dưới làn đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="131"/>
        <source>&amp;Persona</source>
        <translation>&amp;Chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="131"/>
        <source>Add a persona</source>
        <translation>Thêm một chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="136"/>
        <source>Add a “%1” lane below the selected one</source>
        <translation>Thêm làn “%1” dưới làn đang chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="156"/>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="169"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="186"/>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="192"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="195"/>
        <source>&amp;About cjm-desktop</source>
        <translation>&amp;Giới thiệu cjm-desktop</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="207"/>
        <source>Main Toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="214"/>
        <source>Persona</source>
        <comment>toolbar button, short</comment>
        <translation>Chân dung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="215"/>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="215"/>
        <source>Zoom In</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="215"/>
        <source>Zoom Out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="215"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="231"/>
        <source>Show or hide the %1</source>
        <translation>Hiện hoặc ẩn %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/main_window.py" line="145"/>
        <source>Zoom (Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0)</source>
        <translation>Thu phóng (Ctrl+con lăn, Ctrl++ / Ctrl+- / Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/present/pages.py" line="27"/>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="162"/>
        <location filename="../../cjm_desktop/app/window/main_window.py" line="227"/>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/present/pages.py" line="29"/>
        <source>→ or Page Down: next   ← or Page Up: back   1–9: focus a persona   Esc: leave</source>
        <translation>→ hoặc Page Down: tiếp   ← hoặc Page Up: quay lại   1–9: làm nổi một chân dung   Esc: thoát</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/main_window.py" line="243"/>
        <source>%1 stages · %2 lanes · %3 cards</source>
        <translation>%1 giai đoạn · %2 làn · %3 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="103"/>
        <source>Could not create the map</source>
        <translation>Không tạo được bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="111"/>
        <source>Open Map</source>
        <translation>Mở bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="147"/>
        <source>Could not open the map</source>
        <translation>Không mở được bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="138"/>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="164"/>
        <source>Save Map As</source>
        <translation>Lưu bản đồ thành</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="185"/>
        <source>Could not save the map</source>
        <translation>Không lưu được bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="188"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="71"/>
        <source>Export Map</source>
        <translation>Xuất bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="98"/>
        <source>PDF poster</source>
        <extracomment>Format radio buttons per row of the File section.</extracomment>
        <translation>Poster PDF</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="98"/>
        <source>A vector PDF for printing: a poster page or a set of office sheets</source>
        <translation>PDF dạng vector để in: một trang poster hoặc một bộ tờ giấy văn phòng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="99"/>
        <source>PNG image</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="99"/>
        <source>A picture of the whole map at a chosen resolution, for slides and chat</source>
        <translation>Ảnh toàn bộ bản đồ ở độ phân giải tùy chọn, để chèn vào slide hoặc gửi qua chat</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="100"/>
        <source>SVG image</source>
        <translation>Ảnh SVG</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="100"/>
        <source>A vector drawing of the whole map, for design tools and web pages</source>
        <translation>Hình vẽ vector toàn bộ bản đồ, cho công cụ thiết kế và trang web</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="101"/>
        <source>PowerPoint deck</source>
        <translation>Bản trình chiếu PowerPoint</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="101"/>
        <source>HTML viewer</source>
        <translation>Trang xem HTML</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="116"/>
        <source>The file to write; its extension follows the format</source>
        <translation>Tệp sẽ ghi; phần mở rộng theo định dạng đã chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="119"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="120"/>
        <source>Choose the folder and file name</source>
        <translation>Chọn thư mục và tên tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="126"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="128"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="247"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="129"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="247"/>
        <source>Save to</source>
        <translation>Lưu vào</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="138"/>
        <source>Which state of the map to export</source>
        <translation>Trạng thái nào của bản đồ được xuất</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="142"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="149"/>
        <source>Custom size</source>
        <translation>Kích thước tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="150"/>
        <source>The poster&apos;s paper; a custom size is width × height in millimetres</source>
        <translation>Khổ giấy của poster; kích thước tùy chỉnh là rộng × cao tính bằng milimét</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="154"/>
        <source>Width × height in millimetres, e.g. 594x841mm (each side 50 to 5000 mm)</source>
        <translation>Rộng × cao tính bằng milimét, vd. 594x841mm (mỗi cạnh từ 50 đến 5000 mm)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="188"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="188"/>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="189"/>
        <source>Portrait</source>
        <comment>paper orientation</comment>
        <translation>Dọc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="191"/>
        <source>Automatic turns the paper the way the map prints larger</source>
        <translation>Tự động xoay giấy theo chiều in bản đồ lớn hơn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="164"/>
        <source>Fit to page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="123"/>
        <source>Include hint cards</source>
        <translation>Kèm thẻ gợi ý</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="124"/>
        <source>Also print the template&apos;s hint cards nobody has written</source>
        <translation>In cả các thẻ gợi ý của mẫu mà chưa ai viết lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="166"/>
        <source>Scale the map to fill the page inside the margins and title block</source>
        <translation>Co giãn bản đồ cho đầy trang, trong lề và khung tiêu đề</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="167"/>
        <source>Scale</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="169"/>
        <source>Print at a fixed scale (100 % = one map point per paper point)</source>
        <translation>In theo tỉ lệ cố định (100 % = một điểm bản đồ trên một điểm giấy)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="171"/>
        <source>The fixed scale, 1 to 1000 %; when tiling, the poster grows to fit the map</source>
        <translation>Tỉ lệ cố định, từ 1 đến 1000 %; khi in ghép nhiều tờ, poster sẽ lớn theo bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="193"/>
        <source>White border around the poster page</source>
        <translation>Viền trắng quanh trang poster</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="130"/>
        <source>Title block and legend</source>
        <translation>Khung tiêu đề và chú giải</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="131"/>
        <source>A header with the map title and personas, and a footer with the date, file name, version and legend</source>
        <translation>Phần đầu có tiêu đề bản đồ và chân dung khách hàng, phần cuối có ngày, tên tệp, phiên bản và chú giải</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="194"/>
        <source>Appendix pages</source>
        <translation>Trang phụ lục</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="195"/>
        <source>Add the improvement-action plan, the KPIs and the full text of cards cut short on the map</source>
        <translation>Thêm kế hoạch hành động cải tiến, các KPI và nội dung đầy đủ của những thẻ bị cắt trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="198"/>
        <source>Add the comments to the appendix, keyed to their cards, and their badges to the poster</source>
        <translation>Thêm các bình luận vào phụ lục, ghi rõ thẻ mà chúng thuộc về, và đặt huy hiệu bình luận lên poster</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="201"/>
        <source>Add the ranking of the voted cards to the appendix, and the dots to the poster</source>
        <translation>Thêm bảng xếp hạng các thẻ được bình chọn vào phụ lục, và các chấm bình chọn lên poster</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="202"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="204"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="247"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="206"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="247"/>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="207"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="247"/>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="144"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="208"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="247"/>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="218"/>
        <source>Print on office sheets</source>
        <translation>In trên giấy văn phòng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="221"/>
        <source>Split the poster over A4 or A3 sheets with crop marks, sheet labels and an assembly page</source>
        <translation>Chia poster ra nhiều tờ A4 hoặc A3 có dấu cắt, nhãn tờ và trang hướng dẫn ghép</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="223"/>
        <source>The sheet size your printer takes</source>
        <translation>Khổ giấy máy in của bạn dùng được</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="225"/>
        <source>How much neighbouring sheets share, for gluing (0 to 50 mm)</source>
        <translation>Phần chồng lên nhau giữa hai tờ kề nhau, để dán (0 đến 50 mm)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="228"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="248"/>
        <source>Sheets</source>
        <translation>Tờ giấy</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="229"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="248"/>
        <source>Overlap</source>
        <translation>Chồng mép</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="235"/>
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="236"/>
        <source>PNG resolution: 96–150 for screens and slides, 300 for print</source>
        <translation>Độ phân giải PNG: 96–150 cho màn hình và slide, 300 để in</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="239"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="248"/>
        <source>Resolution</source>
        <translation>Độ phân giải</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="270"/>
        <source>How the map lands on the page; blue boxes are the office sheets</source>
        <translation>Bản đồ nằm trên trang thế nào; các khung xanh là các tờ giấy văn phòng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="99"/>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="287"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="289"/>
        <source>Write the file</source>
        <translation>Ghi tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="290"/>
        <source>Close without exporting</source>
        <translation>Đóng mà không xuất</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="30"/>
        <source>PDF poster (*.pdf)</source>
        <extracomment>The formats that are not pictures of the map alone: no title block option.</extracomment>
        <translation>Poster PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="30"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="30"/>
        <source>SVG image (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="31"/>
        <source>PowerPoint deck (*.pptx)</source>
        <translation>Bản trình chiếu PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="31"/>
        <source>HTML viewer (*.html)</source>
        <translation>Trang xem HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="35"/>
        <source>Slides for the readout: the whole map, a table of cards per stage, the emotion curve and the action plan, as editable text</source>
        <translation>Các trang chiếu để trình bày: toàn bộ bản đồ, bảng thẻ của từng giai đoạn, đường cảm xúc và kế hoạch hành động, dưới dạng chữ sửa được</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="40"/>
        <source>One file that opens in any browser without the app or a network: pan and zoom, search, card details, the action plan</source>
        <translation>Một tệp mở được trong mọi trình duyệt mà không cần ứng dụng hay mạng: kéo và phóng to, tìm kiếm, chi tiết thẻ, kế hoạch hành động</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="50"/>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="87"/>
        <source>%1 slides</source>
        <translation>%1 trang chiếu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="53"/>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="91"/>
        <source>%1 cards, works offline</source>
        <translation>%1 thẻ, dùng được khi không có mạng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="235"/>
        <source>Export To</source>
        <translation>Xuất ra</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="283"/>
        <source>%1 × %2 pt, vector</source>
        <translation>%1 × %2 pt, vector</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="284"/>
        <source>The whole map as an SVG drawing.</source>
        <translation>Toàn bộ bản đồ dưới dạng hình vẽ SVG.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="286"/>
        <source>Give a file name to export to.</source>
        <translation>Hãy nhập tên tệp để xuất ra.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="299"/>
        <source>Type a paper size like 594x841mm.</source>
        <translation>Hãy nhập khổ giấy dạng 594x841mm.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="302"/>
        <source>No preview: the choices do not fit together.</source>
        <translation>Không xem trước được: các lựa chọn không khớp với nhau.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="308"/>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="312"/>
        <source>landscape</source>
        <translation>ngang</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="308"/>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="312"/>
        <source>portrait</source>
        <translation>dọc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="309"/>
        <source> + appendix</source>
        <translation> + phụ lục</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="313"/>
        <source>%1 × %2 = %3 sheets %4</source>
        <translation>%1 × %2 = %3 tờ %4</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="315"/>
        <source>Poster %1, map at %2 %; %3 pages with the assembly page%4.</source>
        <translation>Poster %1, bản đồ ở tỉ lệ %2 %; %3 trang kể cả trang hướng dẫn ghép%4.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="318"/>
        <source>One poster page%1, map at %2 %.</source>
        <translation>Một trang poster%1, bản đồ ở tỉ lệ %2 %.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="331"/>
        <source>%1 × %2 pixels at %3 dpi</source>
        <translation>%1 × %2 điểm ảnh ở %3 dpi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="332"/>
        <source>The whole map as a PNG picture.</source>
        <translation>Toàn bộ bản đồ dưới dạng ảnh PNG.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="335"/>
        <source>This map is too large for %1 dpi: use at most %2 dpi, or export a PDF.</source>
        <translation>Bản đồ này quá lớn cho %1 dpi: hãy dùng tối đa %2 dpi, hoặc xuất PDF.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="346"/>
        <source>Replace file?</source>
        <translation>Thay thế tệp?</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="346"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” đã có. Thay thế tệp đó?</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="373"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã hủy xuất; không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="380"/>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="380"/>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="382"/>
        <source>(assembly page and %1 sheets)</source>
        <translation>(trang hướng dẫn ghép và %1 tờ)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="34"/>
        <source>Excel workbook</source>
        <translation>Sổ tính Excel</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="34"/>
        <source>Sheets for the map, every card with all its fields, the action plan and the emotion scores; it can be imported again</source>
        <translation>Các trang tính cho bản đồ, mọi thẻ với đầy đủ trường, kế hoạch hành động và điểm cảm xúc; có thể nhập lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="36"/>
        <source>CSV table</source>
        <translation>Bảng CSV</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="36"/>
        <source>Every card with all its fields, one per row (UTF-8, opens in Excel)</source>
        <translation>Mọi thẻ với đầy đủ trường, mỗi thẻ một hàng (UTF-8, mở được bằng Excel)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="37"/>
        <source>Mermaid journey</source>
        <translation>Hành trình Mermaid</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="37"/>
        <source>The stages, the customers&apos; actions and the persona scores as a Mermaid journey diagram</source>
        <translation>Các giai đoạn, hành động của khách hàng và điểm của từng chân dung dưới dạng sơ đồ hành trình Mermaid</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="56"/>
        <location filename="../../cjm_desktop/app/export_dialog/direct.py" line="74"/>
        <source>%1 cards, %2 stages, %3 lanes</source>
        <translation>%1 thẻ, %2 giai đoạn, %3 làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="79"/>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="82"/>
        <source>%1 × %2 pt</source>
        <translation>%1 × %2 pt</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/drawings.py" line="66"/>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="387"/>
        <source>the export failed</source>
        <translation>xuất không thành công</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/dialog.py" line="390"/>
        <source>Could not export the map</source>
        <translation>Không xuất được bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="103"/>
        <location filename="../../cjm_desktop/app/window/main_window.py" line="325"/>
        <source>The new language is used when cjm-desktop starts again.</source>
        <translation>Ngôn ngữ mới sẽ được dùng khi mở lại cjm-desktop.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="214"/>
        <source>No recent maps</source>
        <translation>Chưa có bản đồ nào gần đây</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/file_ops.py" line="216"/>
        <source>Clear Recent</source>
        <translation>Xóa danh sách gần đây</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="239"/>
        <source>About cjm-desktop</source>
        <translation>Giới thiệu cjm-desktop</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/actions.py" line="240"/>
        <source>Customer journey maps for consultants.
Stages, lanes, cards, personas and emotion curves; .cjm files you can share and print as posters.</source>
        <translation>Bản đồ hành trình khách hàng dành cho chuyên gia tư vấn.
Giai đoạn, làn, thẻ, chân dung khách hàng và đường cảm xúc; tệp .cjm để chia sẻ và in thành poster.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="86"/>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 mm)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="94"/>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="99"/>
        <source>Automatic (system language: %1)</source>
        <translation>Tự động (ngôn ngữ hệ thống: %1)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="110"/>
        <source> seconds</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="111"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="113"/>
        <source>How often a copy of every changed map is kept, so a crash loses at most this much work</source>
        <translation>Bao lâu thì lưu một bản sao của mỗi bản đồ đã thay đổi, để khi có sự cố chỉ mất tối đa chừng ấy công việc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="122"/>
        <source>The paper size the Export dialog starts with</source>
        <translation>Khổ giấy chọn sẵn khi mở hộp thoại Xuất</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="130"/>
        <source>The template chosen first in New from Template</source>
        <translation>Mẫu chọn sẵn trong Bản đồ mới từ mẫu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="134"/>
        <source>The name your comments are signed with</source>
        <translation>Tên ký dưới các bình luận của bạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="139"/>
        <source>Autosave every</source>
        <translation>Tự động lưu mỗi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="140"/>
        <source>Export paper size</source>
        <translation>Khổ giấy khi xuất</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="141"/>
        <source>New map template</source>
        <translation>Mẫu cho bản đồ mới</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/settings/preferences.py" line="142"/>
        <source>Author name</source>
        <translation>Tên người viết</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/prompts.py" line="54"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/prompts.py" line="55"/>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>“%1” có thay đổi chưa được lưu. Lưu trước khi đóng?</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/prompts.py" line="83"/>
        <source>File changed on disk</source>
        <translation>Tệp đã bị thay đổi trên đĩa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/prompts.py" line="84"/>
        <source>“%1” was changed on disk after you opened it, by another program or person. Replace it with your version? (The version on disk is kept as a backup: File &gt; Restore Backup…)</source>
        <translation>“%1” đã bị một chương trình hoặc người khác thay đổi trên đĩa sau khi bạn mở. Thay bằng phiên bản của bạn? (Phiên bản trên đĩa được giữ làm bản sao lưu: Tệp &gt; Khôi phục bản sao lưu…)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/prompts.py" line="88"/>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/prompts.py" line="89"/>
        <source>Save As…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="139"/>
        <source>Double-click to write</source>
        <extracomment>Below this level of detail (device pixels per point) cards are coloured blocks without text: a 9.5 pt title would be under 5 pixels tall. Below this, cards show their titles only, without body, markers or handles. Level of detail of the frame being painted, set once per paint by MapView (``levelOfDetailFromTransform`` of its viewport transform), so that thousands of items need not each ask the painter. None outside a view&apos;s paint.</extracomment>
        <translation>Nhấp đúp để viết</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="210"/>
        <source>%1 hidden</source>
        <translation>%1 thẻ ẩn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="282"/>
        <source>Channel: %1</source>
        <translation>Kênh: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="285"/>
        <source>Touchpoint: %1</source>
        <translation>Điểm chạm: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="287"/>
        <source>Importance: %1</source>
        <translation>Mức quan trọng: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="289"/>
        <source>Owner: %1</source>
        <translation>Người phụ trách: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="291"/>
        <source>Due: %1</source>
        <translation>Hạn: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="293"/>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="295"/>
        <source>Measured by: %1</source>
        <translation>Đo bằng: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="298"/>
        <source>Evidence: %1</source>
        <translation>Bằng chứng: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="303"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="87"/>
        <source> (the previous version of the file is unchanged)</source>
        <extracomment>Follows a &quot;cannot save&quot; message when the file existed.</extracomment>
        <translation> (phiên bản trước của tệp vẫn còn nguyên)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="36"/>
        <source> - restore an earlier copy (cjm-desktop keeps some: File &gt; Restore Backup…)</source>
        <extracomment>Follows a message about a damaged file.</extracomment>
        <translation> - hãy khôi phục một bản sao trước đó (cjm-desktop có giữ vài bản: Tệp &gt; Khôi phục bản sao lưu…)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="16"/>
        <source>no such file (looked in %1)</source>
        <translation>không có tệp này (đã tìm trong %1)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="17"/>
        <source>cannot read the file: permission denied</source>
        <translation>không đọc được tệp: không có quyền truy cập</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="18"/>
        <source>cannot read the file: %1</source>
        <translation>không đọc được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="19"/>
        <source>is a folder, not a .cjm map</source>
        <translation>là một thư mục, không phải bản đồ .cjm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="20"/>
        <source>is not a regular file</source>
        <translation>không phải là một tệp thông thường</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="21"/>
        <source>the file is %1; a .cjm map is at most %2 - is this the right file?</source>
        <translation>tệp nặng %1; một bản đồ .cjm tối đa %2 - bạn có chọn đúng tệp không?</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="24"/>
        <source>the file is empty (0 bytes); it holds no map - was a save interrupted?</source>
        <translation>tệp trống (0 byte), không chứa bản đồ nào - có phải lần lưu trước bị gián đoạn?</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="25"/>
        <location filename="../../cjm_desktop/exchange/texts.py" line="20"/>
        <source>the file is empty; it holds no map</source>
        <translation>tệp trống, không chứa bản đồ nào</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="26"/>
        <source>the file is %1 text; a .cjm map must be UTF-8 - save it again as UTF-8</source>
        <translation>tệp là văn bản %1; bản đồ .cjm phải là UTF-8 - hãy lưu lại tệp dưới dạng UTF-8</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="27"/>
        <source>the file holds binary data, not a .cjm map (UTF-8 JSON text)</source>
        <translation>tệp chứa dữ liệu nhị phân, không phải bản đồ .cjm (văn bản JSON UTF-8)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="28"/>
        <source>the file holds only zero bytes (%1); it was never completely written</source>
        <translation>tệp chỉ chứa byte 0 (%1); tệp chưa bao giờ được ghi trọn vẹn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="31"/>
        <source>line %1, column %2: byte %3 is not UTF-8 text; save the file again as UTF-8</source>
        <translation>dòng %1, cột %2: byte %3 không phải văn bản UTF-8; hãy lưu lại tệp dưới dạng UTF-8</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="30"/>
        <source>line %1, column %2: the file is damaged (zero bytes in the middle of the text, as a crash can leave)</source>
        <translation>dòng %1, cột %2: tệp bị hỏng (có byte 0 giữa văn bản, như sau một sự cố)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="32"/>
        <source>line %1, column %2: the file is damaged (byte %3 is not valid UTF-8 here)</source>
        <translation>dòng %1, cột %2: tệp bị hỏng (byte %3 không hợp lệ trong UTF-8 ở chỗ này)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="33"/>
        <source>line %1, column %2: the file ends too early, in the middle of a character - was a save interrupted or the file cut short?</source>
        <translation>dòng %1, cột %2: tệp kết thúc quá sớm, giữa một ký tự - có phải lần lưu bị gián đoạn hoặc tệp bị cắt ngắn?</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="39"/>
        <source>line %1, column %2: not valid JSON: %3</source>
        <translation>dòng %1, cột %2: không phải JSON hợp lệ: %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="40"/>
        <source>not valid JSON: %1</source>
        <translation>không phải JSON hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="51"/>
        <source>made by a newer cjm-desktop (format version %1); this version reads up to %2 - update cjm-desktop</source>
        <translation>được tạo bởi cjm-desktop mới hơn (định dạng phiên bản %1); phiên bản này chỉ đọc được tới %2 - hãy cập nhật cjm-desktop</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="45"/>
        <source>not a .cjm map: no &quot;format&quot; field (a .cjm file says &quot;format&quot;: &quot;cjm&quot;)</source>
        <translation>không phải bản đồ .cjm: thiếu trường &quot;format&quot; (tệp .cjm ghi &quot;format&quot;: &quot;cjm&quot;)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="41"/>
        <source>is not a cjm-desktop map: it is not a JSON text file</source>
        <translation>không phải bản đồ cjm-desktop: đây không phải tệp văn bản JSON</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="44"/>
        <source>not a .cjm map: the file holds %1, expected an object {&quot;format&quot;: &quot;cjm&quot;, &quot;version&quot;: ..., &quot;map&quot;: ...}</source>
        <translation>không phải bản đồ .cjm: tệp chứa %1, cần một đối tượng {&quot;format&quot;: &quot;cjm&quot;, &quot;version&quot;: ..., &quot;map&quot;: ...}</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="46"/>
        <source>format: %1 is not &quot;cjm&quot;; this is not a .cjm map</source>
        <translation>format: %1 không phải &quot;cjm&quot;; đây không phải bản đồ .cjm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="47"/>
        <source>version: missing; a .cjm file says which format version it uses</source>
        <translation>version: bị thiếu; tệp .cjm phải ghi rõ phiên bản định dạng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="52"/>
        <source>%1: &quot;%2&quot; is written twice; each field may appear once - delete the wrong one</source>
        <translation>%1: &quot;%2&quot; được ghi hai lần; mỗi trường chỉ được có một lần - hãy xóa cái sai</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="54"/>
        <source>map: missing; a .cjm file holds its map under &quot;map&quot;</source>
        <translation>map: bị thiếu; tệp .cjm chứa bản đồ trong trường &quot;map&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="56"/>
        <source> (and %1 more problem)</source>
        <extracomment>Follows the first problem of an invalid map.</extracomment>
        <translation> (và %1 lỗi khác)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="64"/>
        <source>%1 does not have the expected form</source>
        <translation>%1 không có dạng như mong đợi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="68"/>
        <source>expected a finite number</source>
        <translation>cần một số hữu hạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="75"/>
        <source>%1 is not a date and time like &quot;2024-05-01T09:00:00Z&quot;</source>
        <translation>%1 không phải ngày giờ dạng &quot;2024-05-01T09:00:00Z&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="80"/>
        <source>version: cannot upgrade a format version %1 file (no migration to version %2); please report this bug</source>
        <translation>version: không nâng cấp được tệp định dạng phiên bản %1 (không có bước chuyển sang phiên bản %2); vui lòng báo lỗi này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="81"/>
        <source>could not upgrade from format version %1 to %2: %3</source>
        <translation>không nâng cấp được từ định dạng phiên bản %1 lên %2: %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="82"/>
        <source>could not upgrade from format version %1; please report this bug</source>
        <translation>không nâng cấp được từ định dạng phiên bản %1; vui lòng báo lỗi này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="83"/>
        <source>cannot read this map (%1); please report this bug</source>
        <translation>không đọc được bản đồ này (%1); vui lòng báo lỗi này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="88"/>
        <source>cannot save: permission denied in %1; choose another folder or Save As</source>
        <translation>không lưu được: không có quyền ghi trong %1; hãy chọn thư mục khác hoặc dùng Lưu thành</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="89"/>
        <source>cannot save: the disk is full; free some space, or Save As on another drive</source>
        <translation>không lưu được: ổ đĩa đã đầy; hãy giải phóng dung lượng, hoặc Lưu thành vào ổ khác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="90"/>
        <source>cannot save: %1 is read-only; choose another folder or Save As</source>
        <translation>không lưu được: %1 chỉ cho phép đọc; hãy chọn thư mục khác hoặc dùng Lưu thành</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="91"/>
        <source>cannot save: the folder %1 no longer exists; choose another folder or Save As</source>
        <translation>không lưu được: thư mục %1 không còn nữa; hãy chọn thư mục khác hoặc dùng Lưu thành</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="93"/>
        <source>cannot save: %1 is not a folder (a file has that name); choose another folder or Save As</source>
        <translation>không lưu được: %1 không phải thư mục (có một tệp trùng tên); hãy chọn thư mục khác hoặc dùng Lưu thành</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="94"/>
        <source>cannot save: the file name is too long; Save As with a shorter name</source>
        <translation>không lưu được: tên tệp quá dài; hãy Lưu thành với tên ngắn hơn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="95"/>
        <source>cannot save: a folder has that name; Save As with another name</source>
        <translation>không lưu được: có một thư mục trùng tên; hãy Lưu thành với tên khác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="97"/>
        <source>cannot save: the file is open in another program; close it there and save again</source>
        <translation>không lưu được: tệp đang được mở trong một chương trình khác; hãy đóng tệp ở đó rồi lưu lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="98"/>
        <source>cannot save: Windows cannot use the name %1; Save As with another name</source>
        <translation>không lưu được: Windows không dùng được tên %1; hãy dùng Lưu thành với tên khác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="100"/>
        <source>cannot save: the path is %1 characters long, Windows allows %2; Save As with a shorter name or in a folder nearer the top of the drive</source>
        <translation>không lưu được: đường dẫn dài %1 ký tự, Windows cho phép %2; hãy dùng Lưu thành với tên ngắn hơn hoặc vào thư mục gần gốc ổ đĩa hơn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="103"/>
        <source>cannot save: the file is read-only; Save As under another name, or make the file writable (the file is unchanged)</source>
        <translation>không lưu được: tệp chỉ cho phép đọc; hãy Lưu thành với tên khác, hoặc cho phép ghi vào tệp (tệp không bị thay đổi)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="107"/>
        <source>cannot save: %1 (the file would not open again; undo the last change and save, and please report this bug)</source>
        <extracomment>Whole lines (no file name): the map in memory is broken - a bug.</extracomment>
        <translation>không lưu được: %1 (tệp sẽ không mở lại được; hãy hoàn tác thay đổi vừa rồi rồi lưu, và vui lòng báo lỗi này)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="109"/>
        <source>cannot save: the map holds something that cannot be written (%1); please report this bug</source>
        <translation>không lưu được: bản đồ chứa nội dung không ghi được (%1); vui lòng báo lỗi này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="96"/>
        <source>cannot save: %1; try Save As in another folder</source>
        <translation>không lưu được: %1; hãy thử Lưu thành vào thư mục khác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="48"/>
        <source>version: expected a whole number, found %1</source>
        <translation>version: cần một số nguyên, nhưng gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="49"/>
        <source>version: %1 is not a format version (the first is 1)</source>
        <translation>version: %1 không phải phiên bản định dạng (phiên bản đầu tiên là 1)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="53"/>
        <source>%1: unknown top-level field (not part of the .cjm format)</source>
        <translation>%1: trường cấp ngoài cùng không xác định (không thuộc định dạng .cjm)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="42"/>
        <source>%1: nested too deeply (more than %2 levels)</source>
        <translation>%1: lồng quá sâu (hơn %2 cấp)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="60"/>
        <source>missing (this field is required)</source>
        <translation>bị thiếu (trường này bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="61"/>
        <source>unknown field (not part of the .cjm format)</source>
        <translation>trường không xác định (không thuộc định dạng .cjm)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/fields.py" line="50"/>
        <source>text too long: %1 characters, at most %2</source>
        <extracomment>Also io&apos;s message for a pydantic length cap (cjm_desktop.io.texts).</extracomment>
        <translation>văn bản quá dài: %1 ký tự, tối đa %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="62"/>
        <location filename="../../cjm_desktop/exchange/texts.py" line="22"/>
        <source>too many %1: %2, at most %3</source>
        <translation>quá nhiều %1: %2, tối đa %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="63"/>
        <source>%1 is not a colour like &quot;#3d5a80&quot;</source>
        <translation>%1 không phải mã màu dạng &quot;#3d5a80&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="65"/>
        <source>expected text, found %1</source>
        <translation>cần văn bản, nhưng gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="66"/>
        <source>expected a whole number, found %1</source>
        <translation>cần một số nguyên, nhưng gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="67"/>
        <source>expected a number, found %1</source>
        <translation>cần một số, nhưng gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="69"/>
        <source>expected true or false, found %1</source>
        <translation>cần true hoặc false, nhưng gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="70"/>
        <source>expected a list [...], found %1</source>
        <translation>cần một danh sách [...], nhưng gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="71"/>
        <source>expected an object {...}, found %1</source>
        <translation>cần một đối tượng {...}, nhưng gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="72"/>
        <source>%1 is not allowed; expected %2</source>
        <translation>%1 không được phép; cần %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="73"/>
        <source>%1 is too small; at least %2</source>
        <translation>%1 quá nhỏ; tối thiểu %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="74"/>
        <source>%1 is too large; at most %2</source>
        <translation>%1 quá lớn; tối đa %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="76"/>
        <source>%1 is not a date like &quot;2024-06-30&quot;</source>
        <translation>%1 không phải ngày dạng &quot;2024-06-30&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="14"/>
        <source>no stage with id &quot;%1&quot;</source>
        <translation>không có giai đoạn nào có id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="109"/>
        <source>no lane with id &quot;%1&quot;</source>
        <translation>không có làn nào có id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="15"/>
        <source>no card with id &quot;%1&quot;</source>
        <translation>không có thẻ nào có id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="120"/>
        <source>no persona with id &quot;%1&quot;</source>
        <translation>không có chân dung khách hàng nào có id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="16"/>
        <source>id &quot;%1&quot; is used twice (also at %2)</source>
        <translation>id &quot;%1&quot; bị dùng hai lần (cả ở %2)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="43"/>
        <source>%1 cards in all states together, at most %2</source>
        <translation>%1 thẻ trong tất cả các trạng thái cộng lại, tối đa %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="116"/>
        <source>a connector cannot join a card to itself</source>
        <translation>đường nối không thể nối một thẻ với chính nó</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="124"/>
        <source>a second score for the same persona and stage</source>
        <translation>điểm cảm xúc thứ hai cho cùng chân dung khách hàng và giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="138"/>
        <source>%1 comments, at most %2</source>
        <translation>%1 bình luận, tối đa %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/model/integrity.py" line="142"/>
        <source>no picture with id &quot;%1&quot;</source>
        <translation>không có hình ảnh nào có id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/io/texts.py" line="57"/>
        <source> (and %1 more problems)</source>
        <translation> (và %1 lỗi khác)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/preview.py" line="184"/>
        <source>Legend · date · file</source>
        <translation>Chú giải · ngày · tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/preview.py" line="240"/>
        <source>No preview</source>
        <translation>Không có bản xem trước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="81"/>
        <source>not enough memory for this export: choose a smaller paper or fewer pages</source>
        <extracomment>How long the &quot;exported&quot; notice stays in the status bar (ms).</extracomment>
        <translation>không đủ bộ nhớ để xuất: hãy chọn khổ giấy nhỏ hơn hoặc ít trang hơn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="84"/>
        <source>the export failed (%1): see the log for details</source>
        <translation>xuất không thành công (%1): xem nhật ký để biết chi tiết</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="97"/>
        <source>Exporting %1…</source>
        <translation>Đang xuất %1…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="97"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="107"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="149"/>
        <source>and %1 more</source>
        <translation>và %1 ký tự khác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="153"/>
        <source>Found in: %1</source>
        <translation>Có trong: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="154"/>
        <source>Characters the font cannot print</source>
        <translation>Ký tự phông chữ không in được</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="155"/>
        <source>The bundled font has no glyph for these characters of the map; they would print as empty boxes:</source>
        <translation>Phông chữ đi kèm không có hình chữ cho các ký tự này của bản đồ; chúng sẽ được in thành ô trống:</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="160"/>
        <source>Export Anyway</source>
        <translation>Vẫn xuất</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="161"/>
        <source>Write the file with empty boxes in place of these characters</source>
        <translation>Ghi tệp với ô trống thay cho các ký tự này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="163"/>
        <source>Go back and replace the characters first</source>
        <translation>Quay lại và thay các ký tự này trước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="179"/>
        <source>Exported %1</source>
        <translation>Đã xuất %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="182"/>
        <source>Open File</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="183"/>
        <source>Open the exported file in its usual application</source>
        <translation>Mở tệp vừa xuất bằng ứng dụng thường dùng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="185"/>
        <source>Open Folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/run.py" line="186"/>
        <source>Show the folder the file was exported to</source>
        <translation>Mở thư mục chứa tệp vừa xuất</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/notice_bar.py" line="37"/>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="67"/>
        <source>Recover Unsaved Maps</source>
        <translation>Khôi phục bản đồ chưa lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="70"/>
        <source>cjm-desktop did not close normally. These maps had changes that were not saved; their last autosaved copies can be restored.</source>
        <translation>cjm-desktop đã không đóng bình thường. Các bản đồ này có thay đổi chưa được lưu; có thể khôi phục bản tự động lưu gần nhất của chúng.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="74"/>
        <source>(untitled)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="74"/>
        <source>never saved</source>
        <translation>chưa từng lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="76"/>
        <source>Autosaved</source>
        <translation>Tự động lưu lúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="76"/>
        <source>Original file</source>
        <translation>Tệp gốc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="76"/>
        <source>What to do</source>
        <translation>Xử lý thế nào</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="80"/>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="150"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="80"/>
        <source>Discard</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="80"/>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="86"/>
        <source>Do It</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="87"/>
        <source>Ask Me Later</source>
        <translation>Hỏi lại sau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="220"/>
        <source>Could not restore the map</source>
        <translation>Không khôi phục được bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="128"/>
        <source>“%1”: %2 stages, %3 lanes, %4 cards</source>
        <translation>“%1”: %2 giai đoạn, %3 làn, %4 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="136"/>
        <source>Restore Backup of “%1”</source>
        <translation>Khôi phục bản sao lưu của “%1”</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="139"/>
        <source>Each save keeps the version it replaced. Restoring one shows it here as unsaved changes; Undo goes back, Save makes it the file again.</source>
        <translation>Mỗi lần lưu đều giữ lại phiên bản bị thay thế. Khôi phục một phiên bản sẽ hiện nó ở đây như thay đổi chưa lưu; Hoàn tác để quay lại, Lưu để ghi nó thành tệp.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/recovery_dialog.py" line="144"/>
        <source>Saved</source>
        <translation>Lưu lúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="56"/>
        <source>, since %1</source>
        <translation>, từ %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="58"/>
        <source>cjm-desktop on the computer “%1” (process %2%3)</source>
        <translation>cjm-desktop trên máy tính “%1” (tiến trình %2%3)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="60"/>
        <source>another window of this cjm-desktop</source>
        <translation>một cửa sổ khác của cjm-desktop này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="61"/>
        <source>another running cjm-desktop (process %1%2)</source>
        <translation>một cjm-desktop khác đang chạy (tiến trình %1%2)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="107"/>
        <source>“%1” is read-only: your changes cannot be saved to it; use Save As to keep them.</source>
        <extracomment>Whether the map has a file (File &gt; Revert and Restore Backup need one).</extracomment>
        <translation>“%1” chỉ cho phép đọc: không thể lưu thay đổi vào tệp này; hãy dùng Lưu thành để giữ chúng.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="127"/>
        <source>“%1” was changed on disk by another program or person.</source>
        <translation>“%1” đã bị một chương trình hoặc người khác thay đổi trên đĩa.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="129"/>
        <source>Reload shows their version (Undo brings yours back); Keep Mine keeps yours, and Save will ask before replacing theirs.</source>
        <translation>Tải lại sẽ hiện phiên bản của họ (Hoàn tác để lấy lại của bạn); Giữ bản của tôi sẽ giữ phiên bản của bạn, và khi Lưu sẽ hỏi trước khi thay thế phiên bản của họ.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="131"/>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="131"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="134"/>
        <source>“%1” was moved or deleted on disk. Your map is still here; Save writes the file again.</source>
        <translation>“%1” đã bị di chuyển hoặc xóa trên đĩa. Bản đồ của bạn vẫn còn ở đây; Lưu sẽ ghi lại tệp.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="140"/>
        <source>“%1” is also open in %2. If both save, one can overwrite the other; Save asks before replacing a file changed on disk.</source>
        <translation>“%1” cũng đang mở trong %2. Nếu cả hai cùng lưu, bản này có thể ghi đè bản kia; khi Lưu sẽ hỏi trước khi thay thế một tệp đã bị thay đổi trên đĩa.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="144"/>
        <source>Autosave failed: %1</source>
        <translation>Tự động lưu không thành công: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="151"/>
        <source>Discard your changes to “%1” and reload it from disk? (Undo brings them back.)</source>
        <translation>Bỏ các thay đổi của bạn trên “%1” và tải lại từ đĩa? (Hoàn tác để lấy lại.)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="153"/>
        <source>Revert</source>
        <translation>Quay về bản đã lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="168"/>
        <source>Could not reload the map</source>
        <translation>Không tải lại được bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="175"/>
        <source>Reloaded %1 from disk</source>
        <translation>Đã tải lại %1 từ đĩa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="186"/>
        <source>Restore Backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="187"/>
        <source>There is no backup of “%1” yet: one is kept each time the map is saved.</source>
        <translation>Chưa có bản sao lưu nào của “%1”: mỗi lần lưu bản đồ sẽ giữ lại một bản.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="195"/>
        <source>Could not restore the backup</source>
        <translation>Không khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="200"/>
        <source>Restored the version saved %1; Save keeps it, Undo goes back</source>
        <translation>Đã khôi phục phiên bản lưu lúc %1; Lưu để giữ, Hoàn tác để quay lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="238"/>
        <source>a new map (never saved)</source>
        <translation>một bản đồ mới (chưa từng lưu)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/keeping/window_guard.py" line="239"/>
        <source>Restored unsaved changes of %1</source>
        <translation>Đã khôi phục các thay đổi chưa lưu của %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="54"/>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="55"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="55"/>
        <source>The previous change (Shift+F8)</source>
        <translation>Thay đổi trước (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="56"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="56"/>
        <source>The next change (F8)</source>
        <translation>Thay đổi tiếp theo (F8)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="59"/>
        <source>Ne&amp;xt Change or Conflict</source>
        <extracomment>File &gt; Next Change / Previous Change (F8, Shift+F8): from anywhere in the window, the canvas too</extracomment>
        <translation>Thay đổi/xung đột tiế&amp;p theo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="60"/>
        <source>Previous C&amp;hange or Conflict</source>
        <translation>Thay đổi/xung đột t&amp;rước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="67"/>
        <source>Stop Comparing</source>
        <translation>Dừng so sánh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="67"/>
        <source>Hide the other version&apos;s marks</source>
        <translation>Ẩn các đánh dấu của phiên bản kia</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="68"/>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="112"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="69"/>
        <source>Keep Ours</source>
        <translation>Giữ bản của mình</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="69"/>
        <source>Keep the value in the map and drop the conflict</source>
        <translation>Giữ giá trị trong bản đồ và bỏ xung đột</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="71"/>
        <source>Use Theirs</source>
        <translation>Dùng bản của họ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="71"/>
        <source>Put their value in the map</source>
        <translation>Đưa giá trị của họ vào bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="103"/>
        <source>These conflicts are in the state “%1”: show it to see them on the map.</source>
        <translation>Các xung đột này thuộc trạng thái “%1”: hãy mở trạng thái đó để thấy chúng trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="106"/>
        <source>1 conflict left: pick a value (the choice is one undo step).</source>
        <translation>Còn 1 xung đột: hãy chọn một giá trị (mỗi lựa chọn là một bước hoàn tác).</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="107"/>
        <source>%1 conflicts left: pick a value for each (each choice is one undo step).</source>
        <translation>Còn %1 xung đột: hãy chọn giá trị cho từng cái (mỗi lựa chọn là một bước hoàn tác).</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="110"/>
        <source>No conflicts left.</source>
        <translation>Không còn xung đột nào.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="112"/>
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="136"/>
        <source>1 difference from %2</source>
        <translation>1 khác biệt so với %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="136"/>
        <source>%1 differences from %2</source>
        <translation>%1 khác biệt so với %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="139"/>
        <source>1 change since %2</source>
        <translation>1 thay đổi so với %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="139"/>
        <source>%1 changes since %2</source>
        <translation>%1 thay đổi so với %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="140"/>
        <source>No changes since %1</source>
        <translation>Không có thay đổi nào so với %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="150"/>
        <source>Compare With</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="151"/>
        <source>Could not compare</source>
        <translation>Không so sánh được</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="193"/>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="232"/>
        <source>Merge With</source>
        <translation>Hợp nhất với</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="194"/>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="197"/>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="239"/>
        <source>Could not merge</source>
        <translation>Không hợp nhất được</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="206"/>
        <source>Merged %2: 1 conflict to resolve</source>
        <translation>Đã hợp nhất %2: còn 1 xung đột cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="206"/>
        <source>Merged %2: %1 conflicts to resolve</source>
        <translation>Đã hợp nhất %2: còn %1 xung đột cần giải quyết</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="208"/>
        <source>Merged %1: no conflicts</source>
        <translation>Đã hợp nhất %1: không có xung đột</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="226"/>
        <source>The version saved %1 (a backup)</source>
        <translation>Bản đã lưu lúc %1 (bản sao lưu)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="227"/>
        <source>Another file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="228"/>
        <source>None: decide every difference</source>
        <translation>Không có: tự quyết từng khác biệt</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="231"/>
        <source>(closest to both)</source>
        <translation>(gần cả hai nhất)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="232"/>
        <source>The common version of both copies:</source>
        <translation>Phiên bản chung của hai bản sao:</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="238"/>
        <source>Common Version</source>
        <translation>Phiên bản chung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="247"/>
        <source>Choose a conflict in the list first</source>
        <translation>Hãy chọn một xung đột trong danh sách trước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="253"/>
        <source>Could not resolve the conflict</source>
        <translation>Không giải quyết được xung đột</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="21"/>
        <source>map</source>
        <translation>bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="21"/>
        <source>stage</source>
        <translation>giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="21"/>
        <source>lane</source>
        <translation>làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="22"/>
        <source>persona</source>
        <translation>chân dung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="22"/>
        <source>card</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="22"/>
        <source>connector</source>
        <translation>mũi tên</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="23"/>
        <source>emotion</source>
        <translation>cảm xúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="23"/>
        <source>future state</source>
        <translation>trạng thái tương lai</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="26"/>
        <source>%1 &quot;%2&quot; added</source>
        <translation>%1 &quot;%2&quot; được thêm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="27"/>
        <source>%1 &quot;%2&quot; added in %3</source>
        <translation>%1 &quot;%2&quot; được thêm vào %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="28"/>
        <source>%1 &quot;%2&quot; added at position %3</source>
        <translation>%1 &quot;%2&quot; được thêm ở vị trí %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="29"/>
        <source>%1 &quot;%2&quot; removed</source>
        <translation>%1 &quot;%2&quot; bị xóa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="30"/>
        <source>%1 &quot;%2&quot; removed from %3</source>
        <translation>%1 &quot;%2&quot; bị xóa khỏi %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="31"/>
        <source>%1 &quot;%2&quot; moved from %3 to %4</source>
        <translation>%1 &quot;%2&quot; được chuyển từ %3 sang %4</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="32"/>
        <source>%1 &quot;%2&quot; moved within %3</source>
        <translation>%1 &quot;%2&quot; được đổi chỗ trong %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="33"/>
        <source>%1 &quot;%2&quot; moved from position %3 to %4</source>
        <translation>%1 &quot;%2&quot; được chuyển từ vị trí %3 sang %4</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="34"/>
        <source>%1 &quot;%2&quot;: %3 %4 → %5</source>
        <translation>%1 &quot;%2&quot;: %3 %4 → %5</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="35"/>
        <source>%1 &quot;%2&quot;: %3 changed</source>
        <translation>%1 &quot;%2&quot;: %3 đã đổi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="36"/>
        <source>map: %1 %2 → %3</source>
        <translation>bản đồ: %1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="37"/>
        <source>map: %1 changed</source>
        <translation>bản đồ: %1 đã đổi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="38"/>
        <source>%1 &quot;%2&quot;: picture added</source>
        <translation>%1 &quot;%2&quot;: đã thêm ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="39"/>
        <source>%1 &quot;%2&quot;: picture replaced</source>
        <translation>%1 &quot;%2&quot;: đã thay ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="40"/>
        <source>%1 &quot;%2&quot;: picture removed</source>
        <translation>%1 &quot;%2&quot;: đã gỡ ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="41"/>
        <source>map: logo added</source>
        <translation>bản đồ: đã thêm logo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="42"/>
        <source>map: logo replaced</source>
        <translation>bản đồ: đã thay logo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="43"/>
        <source>map: logo removed</source>
        <translation>bản đồ: đã gỡ logo</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="44"/>
        <source>conflict: %1 &quot;%2&quot; %3: ours %4, theirs %5</source>
        <translation>xung đột: %1 &quot;%2&quot; %3: của mình %4, của họ %5</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="45"/>
        <source>conflict: %1 &quot;%2&quot; deleted here, edited in theirs (their version is kept in the file)</source>
        <translation>xung đột: %1 &quot;%2&quot; bị xóa ở đây nhưng được sửa ở bản của họ (bản của họ được giữ trong tệp)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="46"/>
        <source>conflict: %1 &quot;%2&quot; edited here, deleted in theirs (ours stands)</source>
        <translation>xung đột: %1 &quot;%2&quot; được sửa ở đây nhưng bị xóa ở bản của họ (giữ bản của mình)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/describe.py" line="47"/>
        <source>conflict: %1 reordered differently on both sides (our order stands)</source>
        <translation>xung đột: %1 được sắp xếp khác nhau ở hai bên (giữ thứ tự của mình)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/resolve.py" line="20"/>
        <source>this conflict is no longer in the map</source>
        <translation>xung đột này không còn trong bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/teams/resolve.py" line="21"/>
        <source>their version does not fit the map any more: %1</source>
        <translation>bản của họ không còn khớp với bản đồ: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/help_dialogs.py" line="39"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Bản cài đặt này thiếu hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/help_dialogs.py" line="66"/>
        <source>User Guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/help_dialogs.py" line="98"/>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/help_dialogs.py" line="98"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/help_dialogs.py" line="106"/>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/view_toggles.py" line="28"/>
        <source>Show &amp;Connectors</source>
        <translation>&amp;Hiện đường nối</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/view_toggles.py" line="28"/>
        <source>Show or hide the connectors between cards</source>
        <translation>Hiện hoặc ẩn các đường nối giữa các thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/view_toggles.py" line="30"/>
        <source>Show &amp;Emotion Curves</source>
        <translation>Hiện đường &amp;cảm xúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/view_toggles.py" line="30"/>
        <source>Show or hide every persona&apos;s emotion curve</source>
        <translation>Hiện hoặc ẩn đường cảm xúc của mọi chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/view_toggles.py" line="33"/>
        <source>&amp;Persona Curves</source>
        <translation>Đường cảm xúc từng chân &amp;dung</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/view_toggles.py" line="55"/>
        <source>Show or hide the emotion curve of %1</source>
        <translation>Hiện hoặc ẩn đường cảm xúc của %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/present/present_window.py" line="42"/>
        <source>Present</source>
        <translation>Trình chiếu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="34"/>
        <source>Show &amp;Only</source>
        <translation>Chỉ h&amp;iện</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="63"/>
        <source>&amp;All Cards</source>
        <translation>&amp;Tất cả thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="64"/>
        <source>Show every card again</source>
        <translation>Hiện lại mọi thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="68"/>
        <source>Only the cards tagged with %1</source>
        <translation>Chỉ các thẻ gắn nhãn %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="78"/>
        <source>Cards with Open Comments</source>
        <translation>Thẻ có bình luận đang mở</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="78"/>
        <source>Cards with Votes</source>
        <translation>Thẻ được bình chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/show_only.py" line="136"/>
        <source>Showing only: %1 (%2 cards hidden)</source>
        <translation>Chỉ hiện: %1 (ẩn %2 thẻ)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="16"/>
        <source>cannot import this kind of file; use an .xlsx workbook, a .csv table or a Mermaid .mmd journey</source>
        <translation>không nhập được loại tệp này; hãy dùng sổ tính .xlsx, bảng .csv hoặc hành trình Mermaid .mmd</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="17"/>
        <source>the file is %1; a file to import is at most %2</source>
        <translation>tệp có dung lượng %1; tệp để nhập tối đa %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="18"/>
        <source>is not an Excel workbook (.xlsx) that can be read: %1</source>
        <translation>không phải sổ tính Excel (.xlsx) đọc được: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="19"/>
        <source>the file is not UTF-8 text; save it again as UTF-8 (in Excel: CSV UTF-8)</source>
        <translation>tệp không phải văn bản UTF-8; hãy lưu lại dạng UTF-8 (trong Excel: CSV UTF-8)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="21"/>
        <source>no stage row: the first row must name the stages (from its second cell on)</source>
        <translation>không có hàng giai đoạn: hàng đầu tiên phải ghi tên các giai đoạn (từ ô thứ hai trở đi)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="23"/>
        <source>not a Mermaid journey: the first statement must be &quot;journey&quot;</source>
        <translation>không phải hành trình Mermaid: câu lệnh đầu tiên phải là &quot;journey&quot;</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="24"/>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="25"/>
        <source>%1, row %2, %3: %4</source>
        <translation>%1, hàng %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="26"/>
        <source>a task needs &quot;name: score&quot; with a score from 1 to 5, found %1</source>
        <translation>mỗi việc cần dạng &quot;tên: điểm&quot; với điểm từ 1 đến 5, gặp %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/exchange/texts.py" line="27"/>
        <source>&quot;%1&quot; is not allowed; expected %2</source>
        <translation>không được dùng &quot;%1&quot;; cần một trong: %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/importing.py" line="31"/>
        <source>Spreadsheets and Mermaid journeys (*.xlsx *.csv *.mmd)</source>
        <translation>Bảng tính và hành trình Mermaid (*.xlsx *.csv *.mmd)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/importing.py" line="38"/>
        <source>Import</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/importing.py" line="51"/>
        <source>Could not import the file</source>
        <translation>Không nhập được tệp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/importing.py" line="59"/>
        <source>Imported %1</source>
        <translation>Đã nhập %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/pictures.py" line="149"/>
        <source>Add Picture</source>
        <extracomment>The file names a drop of picture files is recognised by (their bytes decide what they are).</extracomment>
        <translation>Thêm hình ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/pictures.py" line="164"/>
        <location filename="../../cjm_desktop/editing/pictures.py" line="188"/>
        <source>Cannot use this picture</source>
        <translation>Không thể dùng hình ảnh này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/pictures.py" line="164"/>
        <source>Select a card or a cell first, then paste.</source>
        <translation>Hãy chọn một thẻ hoặc một ô trước, rồi dán.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/pictures.py" line="181"/>
        <source>The map&apos;s pictures would be larger than the %1 MB a map may hold.</source>
        <translation>Hình ảnh của bản đồ sẽ vượt quá %1 MB mà một bản đồ được phép chứa.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/ops.py" line="29"/>
        <source>&amp;Voting Mode</source>
        <translation>Chế độ &amp;bình chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/ops.py" line="31"/>
        <source>Click cards to put the participant&apos;s dots on them</source>
        <translation>Bấm vào thẻ để đặt chấm của người tham gia lên thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/ops.py" line="33"/>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="60"/>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="66"/>
        <source>&amp;Workshop Settings…</source>
        <translation>Thiết lập &amp;workshop…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/export_dialog/sections.py" line="200"/>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="35"/>
        <source>Vote Results</source>
        <translation>Kết quả bình chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="47"/>
        <source>All lane kinds</source>
        <translation>Mọi loại làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="54"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="54"/>
        <source>Dots</source>
        <translation>Chấm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="61"/>
        <source>Clear Votes</source>
        <translation>Xóa bình chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="66"/>
        <source>Voting as</source>
        <translation>Bình chọn với tư cách</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/results_dock.py" line="137"/>
        <source>%1 of %2 dots left</source>
        <translation>còn %1 trên %2 chấm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="24"/>
        <source>Workshop Settings</source>
        <translation>Thiết lập workshop</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="29"/>
        <source>one name per line</source>
        <translation>mỗi dòng một tên</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="31"/>
        <source>Dots per participant</source>
        <translation>Số chấm mỗi người</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="32"/>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="53"/>
        <source>no participants named</source>
        <translation>chưa có tên người tham gia</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="54"/>
        <source>%1 dots each · %2</source>
        <translation>mỗi người %1 chấm · %2</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/settings_dialog.py" line="61"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/workshop/voting.py" line="66"/>
        <source>Voting as %1: %2 of %3 dots left. Click a card to put a dot; right-click or Shift+click takes one back.</source>
        <translation>%1 đang bình chọn: còn %2 trên %3 chấm. Bấm vào thẻ để đặt một chấm; bấm chuột phải hoặc Shift+bấm để lấy lại một chấm.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/workshop_verbs.py" line="69"/>
        <source>%1 has used all %2 dots: take one back first (right-click or Shift+click a card).</source>
        <translation>%1 đã dùng hết %2 chấm: hãy lấy lại một chấm trước (bấm chuột phải hoặc Shift+bấm vào thẻ).</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/workshop_verbs.py" line="73"/>
        <source>This card has as many voters as a card may have.</source>
        <translation>Thẻ này đã có số người bình chọn tối đa.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/workshop_verbs.py" line="82"/>
        <source>%1 has no dot on this card.</source>
        <translation>%1 không có chấm nào trên thẻ này.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/map_header.py" line="51"/>
        <source>The map&apos;s title and logo: click here, then change them in the Inspector</source>
        <translation>Tiêu đề và logo của bản đồ: bấm vào đây rồi sửa trong bảng Thuộc tính</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/side_by_side.py" line="32"/>
        <source>Side by Side</source>
        <translation>Đặt cạnh nhau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/side_by_side.py" line="76"/>
        <source>Side by Side: %1</source>
        <translation>Đặt cạnh nhau: %1</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/state_tabs.py" line="88"/>
        <source>New future state, copied from the state shown</source>
        <extracomment>The tab data of the current state (a future state&apos;s is its id). The state shown is underlined in the header colour of the map, the others plain.</extracomment>
        <translation>Trạng thái tương lai mới, sao chép từ trạng thái đang hiện</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/state_tabs.py" line="110"/>
        <source>The current state (as found in research)</source>
        <translation>Hiện trạng (như nghiên cứu ghi nhận)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="64"/>
        <source>&amp;States</source>
        <translation>Trạng thá&amp;i</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="65"/>
        <source>&amp;New Future State From This One</source>
        <translation>Trạng thái tương lai &amp;mới từ trạng thái này</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="66"/>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="177"/>
        <source>&amp;Rename State…</source>
        <translation>Đổi tê&amp;n trạng thái…</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="67"/>
        <source>Ne&amp;xt State</source>
        <translation>Trạng thái &amp;sau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="68"/>
        <source>&amp;Previous State</source>
        <translation>Trạng thái t&amp;rước</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="69"/>
        <source>Move State &amp;Left</source>
        <translation>Chuyển sang &amp;trái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="70"/>
        <source>Move State Ri&amp;ght</source>
        <translation>Chuyển sang &amp;phải</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="71"/>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="182"/>
        <source>&amp;Delete State</source>
        <translation>&amp;Xóa trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="76"/>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="179"/>
        <source>&amp;Compare With State</source>
        <translation>So sánh &amp;với trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/states_ops.py" line="78"/>
        <source>Compare &amp;Side by Side</source>
        <translation>So sánh đặt &amp;cạnh nhau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/state_verbs.py" line="53"/>
        <location filename="../../cjm_desktop/editing/state_verbs.py" line="58"/>
        <source>New Future State</source>
        <translation>Trạng thái tương lai mới</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/state_verbs.py" line="54"/>
        <source>A map holds at most %1 future states.</source>
        <translation>Một bản đồ có tối đa %1 trạng thái tương lai.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/state_verbs.py" line="58"/>
        <source>A map holds at most %1 cards in all states.</source>
        <translation>Một bản đồ có tối đa %1 thẻ trong tất cả các trạng thái.</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/state_verbs.py" line="91"/>
        <source>Delete State</source>
        <translation>Xóa trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/editing/state_verbs.py" line="91"/>
        <source>Delete the state &quot;%1&quot; with all its cards?</source>
        <translation>Xóa trạng thái “%1” cùng tất cả các thẻ của nó?</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../cjm_desktop/commands/cards.py" line="85"/>
        <source>Add Card</source>
        <translation>Thêm thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/cards.py" line="85"/>
        <source>Add %1 Cards</source>
        <translation>Thêm %1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/cards.py" line="120"/>
        <source>Delete Card</source>
        <translation>Xóa thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/cards.py" line="120"/>
        <source>Delete %1 Cards</source>
        <translation>Xóa %1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/cards.py" line="166"/>
        <source>Move Card</source>
        <translation>Di chuyển thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/cards.py" line="166"/>
        <source>Move %1 Cards</source>
        <translation>Di chuyển %1 thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/cards.py" line="218"/>
        <source>Edit Card</source>
        <translation>Sửa thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="17"/>
        <source>Add Persona</source>
        <translation>Thêm chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="35"/>
        <source>Delete Persona</source>
        <translation>Xóa chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="59"/>
        <source>Edit Persona</source>
        <translation>Sửa chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="82"/>
        <source>Change Emotion</source>
        <translation>Đổi cảm xúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="122"/>
        <source>Connect Cards</source>
        <translation>Nối thẻ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="137"/>
        <source>Delete Connector</source>
        <translation>Xóa đường nối</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="153"/>
        <source>Edit Connector</source>
        <translation>Sửa đường nối</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/people.py" line="161"/>
        <source>Edit Map</source>
        <translation>Sửa bản đồ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="102"/>
        <source>Add Stage</source>
        <translation>Thêm giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="110"/>
        <source>Add Lane</source>
        <translation>Thêm làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="119"/>
        <source>Delete Stage</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="125"/>
        <source>Delete Lane</source>
        <translation>Xóa làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="130"/>
        <source>Move Stage</source>
        <translation>Di chuyển giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="135"/>
        <source>Move Lane</source>
        <translation>Di chuyển làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="142"/>
        <source>Edit Stage</source>
        <translation>Sửa giai đoạn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/structure.py" line="151"/>
        <source>Edit Lane</source>
        <translation>Sửa làn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/whole_map.py" line="16"/>
        <source>Reload from Disk</source>
        <translation>Tải lại từ đĩa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/whole_map.py" line="17"/>
        <source>Restore Backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="40"/>
        <source>Merge With Another Copy</source>
        <translation>Hợp nhất với bản sao khác</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="41"/>
        <source>Keep Our Value</source>
        <translation>Giữ giá trị của mình</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/teams/ops.py" line="42"/>
        <source>Use Their Value</source>
        <translation>Dùng giá trị của họ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/pictures.py" line="27"/>
        <source>Set Picture</source>
        <extracomment>(collection or &quot;&quot; for the map, field) a picture can be set on</extracomment>
        <translation>Đặt hình ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/pictures.py" line="28"/>
        <source>Remove Picture</source>
        <translation>Gỡ hình ảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="20"/>
        <source>Add Comment</source>
        <translation>Thêm bình luận</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="21"/>
        <source>Resolve Comment</source>
        <translation>Đánh dấu bình luận đã xử lý</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="22"/>
        <source>Reopen Comment</source>
        <translation>Mở lại bình luận</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="23"/>
        <source>Delete Comment</source>
        <translation>Xóa bình luận</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="24"/>
        <source>Put Dot</source>
        <translation>Đặt chấm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="25"/>
        <source>Take Back Dot</source>
        <translation>Lấy lại chấm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="26"/>
        <source>Clear Votes</source>
        <translation>Xóa bình chọn</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/workshop.py" line="27"/>
        <source>Edit Workshop Settings</source>
        <translation>Sửa thiết lập workshop</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/states.py" line="23"/>
        <source>Show State</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/states.py" line="24"/>
        <source>New Future State</source>
        <translation>Trạng thái tương lai mới</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/states.py" line="25"/>
        <source>Rename State</source>
        <translation>Đổi tên trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/states.py" line="26"/>
        <source>Move State</source>
        <translation>Di chuyển trạng thái</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/commands/states.py" line="27"/>
        <source>Delete State</source>
        <translation>Xóa trạng thái</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="22"/>
        <source>Goal</source>
        <extracomment>What one card of a lane kind is called (the palette, &quot;Insert &gt; Card&quot;).</extracomment>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="23"/>
        <source>Customer action</source>
        <translation>Hành động của khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="24"/>
        <source>Touchpoint</source>
        <translation>Điểm chạm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="25"/>
        <source>Thought / question</source>
        <translation>Suy nghĩ / câu hỏi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="26"/>
        <source>Feeling</source>
        <translation>Cảm xúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="27"/>
        <source>Pain point</source>
        <translation>Điểm đau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="28"/>
        <source>Need</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="29"/>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="30"/>
        <source>Weak point</source>
        <translation>Điểm yếu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="31"/>
        <source>KPI / metric</source>
        <translation>KPI / chỉ số</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="32"/>
        <source>Improvement action</source>
        <translation>Hành động cải tiến</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="33"/>
        <location filename="../../cjm_desktop/app/window/labels.py" line="51"/>
        <source>Research evidence</source>
        <translation>Bằng chứng nghiên cứu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="34"/>
        <source>Storyboard frame</source>
        <translation>Khung phân cảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="35"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="40"/>
        <source>Goals</source>
        <extracomment>What a lane of a kind is called (lane kind choices, &quot;Insert &gt; Lane&quot;).</extracomment>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="41"/>
        <source>Customer actions</source>
        <translation>Hành động của khách hàng</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="42"/>
        <source>Touchpoints</source>
        <translation>Điểm chạm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="43"/>
        <source>Thoughts and questions</source>
        <translation>Suy nghĩ và câu hỏi</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="44"/>
        <source>Feelings</source>
        <translation>Cảm xúc</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="45"/>
        <source>Pain points</source>
        <translation>Điểm đau</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="46"/>
        <source>Needs</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="47"/>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="48"/>
        <source>Weak points</source>
        <translation>Điểm yếu của tổ chức</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="49"/>
        <source>KPIs</source>
        <translation>Chỉ số (KPI)</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="50"/>
        <source>Improvement actions</source>
        <translation>Hành động cải tiến</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="52"/>
        <source>Storyboard</source>
        <translation>Bảng phân cảnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="53"/>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="57"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="251"/>
        <source>Positive</source>
        <extracomment>Words for a card&apos;s values. The same source texts and context as the choices in app/labels.py, so one translation serves the inspector and the tooltip.</extracomment>
        <translation>Tích cực</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="58"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="252"/>
        <source>Neutral</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="59"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="253"/>
        <source>Negative</source>
        <translation>Tiêu cực</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="62"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="254"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="63"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="255"/>
        <source>Medium</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="64"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="256"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="67"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="257"/>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="68"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="258"/>
        <source>In progress</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="69"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="259"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="70"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="260"/>
        <source>Dropped</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="73"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="261"/>
        <source>Assumption</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="74"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="262"/>
        <source>Anecdote</source>
        <translation>Kể lại</translation>
    </message>
    <message>
        <location filename="../../cjm_desktop/app/window/labels.py" line="75"/>
        <location filename="../../cjm_desktop/canvas/overlays.py" line="263"/>
        <source>Researched</source>
        <translation>Nghiên cứu</translation>
    </message>
</context>
</TS>
