"""Rebuild the worked example, resources/examples/salon-{vi,en}.cjm, from the text below.

Both languages sit side by side so the two files keep the same shape. Run from the
repository root::

    .venv/bin/python tools/salon_example.py

Ids derive from stable keys (uuid4 form), so re-running changes no byte unless the text
does. The files are written by ``cjm_desktop.io.write_cjm``, as the app saves them.
"""

from __future__ import annotations

from cjm_desktop.io import write_cjm

import datetime as dt
import hashlib
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cjm_desktop.model import (  # noqa: E402
    Card, Connector, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage,
)
from cjm_desktop.model import images  # noqa: E402
from cjm_desktop.templates import load_spec  # noqa: E402
from tools import salon_future, salon_workshop, storyboard_pictures  # noqa: E402

D = dt.date

TITLE = ("Hành trình khách hàng – Salon tóc Mộc Lan",
         "Customer journey – Moc Lan hair salon")
DESCRIPTION = (
    "Bản đồ hiện trạng (phiên bản 2) của Salon Mộc Lan, Cầu Giấy, Hà Nội. Lập sau 12 cuộc phỏng vấn "
    "khách hàng, 2 ngày quan sát tại salon và buổi workshop với nhân viên ngày 12/3/2025. "
    "Dùng để chọn các cải tiến ưu tiên cho quý II/2025.",
    "Current-state map (version 2) of Moc Lan salon, Cau Giay, Hanoi. Drawn after 12 customer "
    "interviews, two days of observation in the salon and a staff workshop on 12 March 2025. "
    "Used to choose the priority improvements for Q2 2025.",
)

PERSONAS = [
    dict(key="lan", colour="#e07a5f",
         name=("Chị Lan Anh", "Lan Anh"),
         role=("Nhân viên văn phòng, 32 tuổi", "Office worker, 32"),
         description=(
             "Kế toán của một công ty logistics ở Cầu Giấy, có con nhỏ. Làm tóc 3–4 lần mỗi năm, "
             "thường vào sáng thứ Bảy. Chi 800.000–1.500.000đ mỗi lần; coi trọng đúng giờ và giá "
             "rõ ràng hơn giá rẻ.",
             "Accountant at a logistics company in Cau Giay, with a young child. Has her hair done "
             "3–4 times a year, usually on Saturday morning. Spends 800,000–1,500,000 VND a visit; "
             "values punctuality and clear prices over low prices."),
         goals=[("Làm tóc xong trong một buổi sáng", "Done within one morning"),
                ("Biết trước tổng chi phí", "Know the total cost up front"),
                ("Kiểu tóc gọn gàng, hợp môi trường công sở", "A neat style that suits the office")]),
    dict(key="thu", colour="#3d85c6",
         name=("Minh Thư", "Minh Thu"),
         role=("Sinh viên năm ba, 21 tuổi", "Third-year student, 21"),
         description=(
             "Học marketing, làm thêm ở quán cà phê. Tìm salon qua TikTok và hội nhóm Facebook, "
             "thích thử kiểu tóc theo trào lưu. Nhạy cảm về giá, sẵn sàng đi xa nếu có ưu đãi và "
             "có ảnh đẹp để đăng.",
             "Studies marketing and works part-time in a café. Finds salons on TikTok and Facebook "
             "groups and likes trending styles. Price-sensitive; will travel for a deal and a good "
             "photo to post."),
         goals=[("Kiểu tóc theo trend, chụp ảnh đẹp", "A trending style that photographs well"),
                ("Giá sinh viên dưới 600.000đ", "Student price under 600,000 VND"),
                ("Đặt lịch nhanh trên điện thoại", "Book quickly from her phone")]),
]

STAGES = [
    (("Nhận biết", "Awareness"),
     ("Khách hàng biết đến salon lần đầu.", "The customer first hears of the salon.")),
    (("Tìm hiểu", "Research"),
     ("Xem giá, đánh giá, hỏi và đặt lịch.", "Checks prices and reviews, asks, books.")),
    (("Trải nghiệm tại Salon", "In-salon experience"),
     ("Từ lúc bước vào đến khi làm xong tóc.", "From walking in to the finished style.")),
    (("Mua hàng", "Purchase"),
     ("Thanh toán dịch vụ và sản phẩm chăm sóc.", "Paying for the service and care products.")),
    (("Chăm sóc sau bán", "After-sales care"),
     ("Hai tuần đầu sau khi làm tóc.", "The first two weeks after the visit.")),
    (("Mua lại/Giới thiệu", "Repurchase or referral"),
     ("Quay lại salon hoặc giới thiệu bạn bè.", "Coming back or referring friends.")),
]

LANES = [
    ("goals", ("Mục tiêu của khách hàng", "Customer goals"), 120),
    ("actions", ("Hành động", "Actions"), 130),
    ("touchpoints", ("Điểm chạm", "Touchpoints"), 150),
    ("thoughts", ("Suy nghĩ & câu hỏi", "Thoughts & questions"), 130),
    ("feelings", ("Cảm xúc", "Feelings"), 170),
    ("pain_points", ("Điểm đau", "Pain points"), 130),
    ("needs", ("Nhu cầu tiềm ẩn", "Hidden needs"), 120),
    ("opportunities", ("Cơ hội", "Opportunities"), 120),
    ("weak_points", ("Điểm yếu của tổ chức", "Organisation's weak points"), 120),
    ("custom", ("Hậu trường (nhân viên)", "Backstage (staff)"), 110),
    ("kpis", ("Chỉ số đo lường", "KPIs"), 130),
    ("improvements", ("Hành động cải tiến", "Improvement actions"), 150),
    ("evidence", ("Nghiên cứu", "Research evidence"), 130),
]

# Emotion points: persona -> per stage (score, (vi, en) label)
EMOTIONS = {
    "lan": [(1, ("Tò mò", "Curious")),
            (-1, ("Phân vân về giá", "Unsure about price")),
            (2, ("Hài lòng với tóc mới", "Happy with the style")),
            (-2, ("Bất ngờ vì hóa đơn", "Shocked by the bill")),
            (-1, ("Không ai hỏi thăm", "Nobody checks in")),
            (1, ("Quay lại vì thợ quen", "Returns for her stylist"))],
    "thu": [(2, ("Mê video TikTok", "Loves the TikTok video")),
            (0, ("Chờ inbox sốt ruột", "Impatient for a reply")),
            (-3, ("Chờ 40 phút, bực bội", "Waited 40 min, annoyed")),
            (1, ("Được giảm giá sinh viên", "Got the student discount")),
            (-2, ("Tóc xơ, lo lắng", "Frizzy hair, worried")),
            (3, ("Hài lòng, khoe bạn bè", "Delighted, tells friends"))],
}

# Cards: (key, stage index, lane kind, (vi title, en title), (vi body, en body), extras)
# Extras may hold channel=(vi,en), sentiment, importance, owner=(vi,en), due, measure=(vi,en),
# status, evidence, source=(vi,en), tags=[(vi,en)], colour.
LAN = ("Lan Anh", "Lan Anh")
THU = ("Minh Thư", "Minh Thu")
PRIO = ("ưu tiên", "priority")
INTERVIEWS = ("Phỏng vấn 12 khách hàng, 3/2025", "12 customer interviews, March 2025")
WORKSHOP = ("Workshop nhân viên 12/3/2025", "Staff workshop, 12 March 2025")
OBSERVE = ("Quan sát tại salon, 8–9/3/2025", "In-salon observation, 8–9 March 2025")

CARDS = [
    # ---------------------------------------------------------------- goals
    ("g1", 0, "goals", ("Tìm salon gần chỗ làm", "Find a salon near work"),
     ("Trong bán kính 3 km, làm được vào buổi tối hoặc cuối tuần.",
      "Within 3 km, open in the evening or at weekends."), dict(tags=[LAN])),
    ("g2", 0, "goals", ("Tìm kiểu tóc mới trước Tết", "A new look before Tet"),
     ("Muốn đổi kiểu theo trào lưu, có ảnh đẹp để đăng.",
      "Wants a trending change and a good photo to post."), dict(tags=[THU])),
    ("g3", 1, "goals", ("Biết trước giá và thời gian", "Know price and time up front"),
     ("Tổng chi phí và số giờ phải ngồi, trước khi đặt lịch.",
      "The total cost and how many hours it takes, before booking."), {}),
    ("g4", 1, "goals", ("Chọn được thợ hợp gu", "Pick a stylist who gets her"),
     ("", ""), dict(tags=[THU])),
    ("g5", 2, "goals", ("Làm tóc đúng giờ, đúng ý", "On time, as asked"),
     ("Bắt đầu đúng giờ hẹn, kiểu tóc giống ảnh mẫu.",
      "Start at the booked time; the result matches the photo."), {}),
    ("g6", 3, "goals", ("Thanh toán nhanh, minh bạch", "Quick, transparent payment"),
     ("Số tiền khớp với báo giá, có hóa đơn rõ ràng.",
      "The amount matches the quote, with a clear receipt."), {}),
    ("g7", 4, "goals", ("Giữ nếp tóc lâu", "Keep the curl for long"),
     ("Biết cách chăm sóc tại nhà để tóc uốn giữ nếp 3–4 tháng.",
      "Know how to care for it at home so the perm lasts 3–4 months."), {}),
    ("g8", 5, "goals", ("Được ưu đãi khi quay lại", "A reward for coming back"),
     ("", ""), dict(tags=[LAN])),
    ("g9", 5, "goals", ("Khoe kiểu tóc với bạn bè", "Show the style to friends"),
     ("", ""), dict(tags=[THU])),

    # -------------------------------------------------------------- actions
    ("a1", 0, "actions", ("Lướt TikTok, Facebook", "Scrolls TikTok and Facebook"),
     ("Xem video “biến hình” tóc, lưu lại những kiểu thích.",
      "Watches hair makeover videos and saves the styles she likes."), dict(tags=[THU])),
    ("a2", 0, "actions", ("Hỏi đồng nghiệp làm tóc ở đâu", "Asks colleagues where they go"),
     ("", ""), dict(tags=[LAN])),
    ("a3", 1, "actions", ("Xem bảng giá trên fanpage", "Reads the price list on the page"),
     ("", ""), {}),
    ("a4", 1, "actions", ("Nhắn tin hỏi giá và đặt lịch", "Messages to ask price and book"),
     ("Gửi ảnh tóc hiện tại, chờ salon báo giá và giờ trống.",
      "Sends a photo of her hair and waits for a quote and a free slot."), {}),
    ("a5", 1, "actions", ("Đọc đánh giá trên Google Maps", "Reads Google Maps reviews"),
     ("", ""), dict(tags=[LAN])),
    ("a6", 2, "actions", ("Đến salon, chờ đến lượt", "Arrives and waits her turn"),
     ("", ""), {}),
    ("a7", 2, "actions", ("Trao đổi kiểu tóc với thợ chính", "Talks the style over with the stylist"),
     ("Đưa ảnh mẫu, thợ xem chất tóc và gợi ý.",
      "Shows the reference photo; the stylist checks her hair and advises."), {}),
    ("a8", 2, "actions", ("Gội, uốn, sấy tạo kiểu", "Wash, perm, blow-dry"),
     ("Khoảng 2,5–3 giờ ngồi ghế.", "About 2.5–3 hours in the chair."), {}),
    ("a9", 2, "actions", ("Quay lại salon để phục hồi tóc", "Comes back to have her hair repaired"),
     ("Tóc xơ sau một tuần; khách gọi điện và được hẹn hấp phục hồi miễn phí.",
      "Hair is frizzy after a week; she calls and is booked for a free repair treatment."),
     dict(tags=[THU])),
    ("a10", 3, "actions", ("Thanh toán tại quầy", "Pays at the counter"),
     ("Tiền mặt, chuyển khoản QR hoặc quẹt thẻ.", "Cash, QR bank transfer or card."), {}),
    ("a11", 3, "actions", ("Mua dầu gội, tinh dầu dưỡng", "Buys shampoo and hair oil"),
     ("Theo gợi ý của thợ, thường 1–2 sản phẩm.", "On the stylist's advice, usually 1–2 items."),
     dict(tags=[LAN])),
    ("a12", 4, "actions", ("Tự chăm sóc tóc ở nhà", "Cares for her hair at home"),
     ("", ""), {}),
    ("a13", 4, "actions", ("Gọi hỏi khi tóc bị khô xơ", "Calls when her hair turns frizzy"),
     ("", ""), dict(tags=[THU])),
    ("a14", 5, "actions", ("Đặt lịch lần sau qua Zalo", "Books the next visit on Zalo"),
     ("", ""), dict(tags=[LAN])),
    ("a15", 5, "actions", ("Đăng ảnh, gắn thẻ salon", "Posts a photo, tags the salon"),
     ("", ""), dict(tags=[THU])),
    ("a16", 5, "actions", ("Rủ bạn đi cùng để nhận ưu đãi", "Brings a friend for the offer"),
     ("", ""), dict(tags=[THU])),

    # ---------------------------------------------------------- touchpoints
    ("t1", 0, "touchpoints", ("Video TikTok “biến hình” tóc", "TikTok makeover video"),
     ("Video của salon đạt 120.000 lượt xem.", "The salon's video reached 120,000 views."),
     dict(channel=("TikTok", "TikTok"), sentiment="positive", importance="high")),
    ("t2", 0, "touchpoints", ("Quảng cáo Facebook", "Facebook ad"),
     ("Ưu đãi 20% cho khách mới.", "20% off for new customers."),
     dict(channel=("Facebook", "Facebook"), sentiment="neutral", importance="medium")),
    ("t3", 0, "touchpoints", ("Lời giới thiệu của đồng nghiệp", "A colleague's recommendation"),
     ("", ""),
     dict(channel=("Truyền miệng", "Word of mouth"), sentiment="positive", importance="high")),
    ("t4", 0, "touchpoints", ("Biển hiệu và mặt tiền salon", "Shop sign and front"),
     ("", ""),
     dict(channel=("Quảng cáo ngoài trời", "Outdoor ad"), sentiment="neutral", importance="low")),
    ("t5", 1, "touchpoints", ("Fanpage và bảng giá", "Facebook page and price list"),
     ("Bảng giá chỉ ghi “từ 500.000đ”, không nói rõ phụ phí tóc dài.",
      "The list only says “from 500,000 VND”, with no word on long-hair surcharges."),
     dict(channel=("Facebook", "Facebook"), sentiment="negative", importance="high")),
    ("t6", 1, "touchpoints", ("Tin nhắn Messenger", "Messenger chat"),
     ("Trả lời sau 3–5 giờ; buổi tối không ai trực.",
      "Replies after 3–5 hours; nobody answers in the evening."),
     dict(channel=("Messenger", "Messenger"), sentiment="negative", importance="high",
          evidence="researched", source=("300 hội thoại Messenger, 1–2/2025",
                                         "300 Messenger chats, Jan–Feb 2025"))),
    ("t7", 1, "touchpoints", ("Google Maps (4,3 sao)", "Google Maps (4.3 stars)"),
     ("180 đánh giá, nhiều lời khen tay nghề thợ.", "180 reviews, many praising the stylists."),
     dict(channel=("Google Maps", "Google Maps"), sentiment="positive", importance="medium")),
    ("t8", 2, "touchpoints", ("Quầy lễ tân", "Reception desk"),
     ("", ""),
     dict(channel=("Tại quầy", "Shop counter"), sentiment="neutral", importance="medium")),
    ("t9", 2, "touchpoints", ("Thợ chính tư vấn", "Stylist consultation"),
     ("Khách đánh giá cao sự tận tâm và tay nghề.", "Customers value the care and skill."),
     dict(channel=("Tại quầy", "Shop counter"), sentiment="positive", importance="high")),
    ("t10", 2, "touchpoints", ("Khu chờ", "Waiting area"),
     ("Ghế chật, không có nước uống, không ai báo thời gian chờ.",
      "Cramped seats, no drinks, nobody says how long the wait is."),
     dict(channel=("Tại quầy", "Shop counter"), sentiment="negative", importance="medium")),
    ("t11", 3, "touchpoints", ("Quầy thu ngân", "Till"),
     ("Hóa đơn có phụ phí tóc dài và hấp dầu chưa được báo trước.",
      "The bill includes long-hair and conditioning surcharges nobody mentioned."),
     dict(channel=("Tại quầy", "Shop counter"), sentiment="negative", importance="high")),
    ("t12", 3, "touchpoints", ("Chuyển khoản mã QR", "QR bank transfer"),
     ("", ""),
     dict(channel=("Thanh toán", "Payment"), sentiment="positive", importance="medium")),
    ("t13", 4, "touchpoints", ("Tin nhắn cảm ơn tự động", "Automatic thank-you message"),
     ("Gửi ngay sau khi thanh toán, không có hướng dẫn chăm sóc.",
      "Sent right after payment, with no care instructions."),
     dict(channel=("Zalo", "Zalo"), sentiment="neutral", importance="low")),
    ("t14", 4, "touchpoints", ("Đường dây nóng", "Hotline"),
     ("Gọi hai lần mới gặp người phụ trách.", "Took two calls to reach someone in charge."),
     dict(channel=("Điện thoại", "Phone call"), sentiment="negative", importance="high",
          evidence="anecdote", source=INTERVIEWS)),
    ("t15", 5, "touchpoints", ("Zalo OA nhắc lịch", "Zalo OA reminder"),
     ("", ""),
     dict(channel=("Zalo", "Zalo"), sentiment="positive", importance="medium")),
    ("t16", 5, "touchpoints", ("Chương trình giới thiệu bạn bè", "Refer-a-friend programme"),
     ("Giảm 15% cho cả hai người.", "15% off for both."),
     dict(channel=("Truyền miệng", "Word of mouth"), sentiment="positive", importance="high")),
    ("t17", 5, "touchpoints", ("Đánh giá trên Google", "Google review"),
     ("", ""),
     dict(channel=("Google Maps", "Google Maps"), sentiment="positive", importance="medium")),

    # ------------------------------------------------------------- thoughts
    ("q1", 0, "thoughts", ("“Kiểu này có hợp mặt mình không?”", "“Would this suit my face?”"),
     ("", ""), {}),
    ("q2", 0, "thoughts", ("“Salon này có uy tín không?”", "“Is this salon any good?”"),
     ("", ""), {}),
    ("q3", 1, "thoughts", ("“Tổng cộng hết bao nhiêu tiền?”", "“How much will it be in total?”"),
     ("Câu hỏi xuất hiện trong 41% hội thoại.", "Asked in 41% of chats."),
     dict(evidence="researched", source=("300 hội thoại Messenger, 1–2/2025",
                                         "300 Messenger chats, Jan–Feb 2025"))),
    ("q4", 1, "thoughts", ("“Có kịp làm trong một buổi sáng không?”", "“Can it be done in one morning?”"),
     ("", ""), dict(tags=[LAN])),
    ("q5", 2, "thoughts", ("“Đặt lịch rồi sao vẫn phải chờ?”", "“I booked – why am I waiting?”"),
     ("", ""), {}),
    ("q6", 2, "thoughts", ("“Thợ hiểu ý mình, yên tâm rồi.”", "“She gets what I want – relief.”"),
     ("", ""), {}),
    ("q7", 3, "thoughts", ("“Sao hóa đơn cao hơn báo giá?”", "“Why is the bill above the quote?”"),
     ("", ""), dict(evidence="anecdote", source=WORKSHOP)),
    ("q8", 3, "thoughts", ("“Mua dầu gội ở đây hay mua online rẻ hơn?”",
                           "“Buy shampoo here, or cheaper online?”"),
     ("", ""), dict(tags=[THU])),
    ("q9", 4, "thoughts", ("“Mấy ngày nữa mới được gội đầu?”", "“How many days before I can wash it?”"),
     ("", ""), {}),
    ("q10", 4, "thoughts", ("“Tóc khô thế này là bình thường hay bị hỏng?”",
                            "“Is this dryness normal, or is it damaged?”"),
     ("", ""), dict(tags=[THU])),
    ("q11", 5, "thoughts", ("“Lần sau vẫn làm với chị thợ này.”", "“Next time, the same stylist.”"),
     ("", ""), dict(tags=[LAN])),
    ("q12", 5, "thoughts", ("“Giới thiệu bạn thì mình được gì?”", "“What do I get for referring?”"),
     ("", ""), {}),

    # ------------------------------------------------------------- feelings
    ("f1", 0, "feelings", ("Tò mò, hào hứng", "Curious, excited"),
     ("Thấy đúng kiểu tóc mình muốn trên mạng.", "Sees exactly the style she wants online."), {}),
    ("f2", 1, "feelings", ("Phân vân, sốt ruột", "Unsure, impatient"),
     ("Chờ tin nhắn trả lời quá lâu, không rõ giá.", "Waits too long for a reply; price unclear."), {}),
    ("f3", 2, "feelings", ("Bực khi chờ, vui khi thấy kết quả", "Annoyed waiting, pleased with the result"),
     ("", ""), {}),
    ("f4", 3, "feelings", ("Hụt hẫng", "Let down"),
     ("Cảm giác bị “chặt chém” vì phụ phí.", "Feels overcharged by the surcharges."), {}),
    ("f5", 4, "feelings", ("Lo lắng, bị bỏ rơi", "Worried, left alone"),
     ("", ""), {}),
    ("f6", 5, "feelings", ("Tin tưởng, muốn khoe", "Trusting, keen to show off"),
     ("", ""), {}),

    # ---------------------------------------------------------- pain points
    ("p1", 1, "pain_points", ("Giá không minh bạch", "Prices are unclear"),
     ("9/12 khách nói không biết tổng chi phí trước khi đến.",
      "9 of 12 customers did not know the total before they came."),
     dict(evidence="researched", source=INTERVIEWS, tags=[PRIO])),
    ("p2", 1, "pain_points", ("Đặt lịch chỉ qua tin nhắn", "Booking only by message"),
     ("Không tự chọn được giờ trống; ngoài giờ hành chính phản hồi rất chậm.",
      "No way to pick a free slot; slow replies outside office hours."), {}),
    ("p3", 2, "pain_points", ("Chờ 30–40 phút dù đã đặt lịch", "A 30–40 minute wait despite booking"),
     ("Trung bình 32 phút vào cuối tuần.", "32 minutes on average at weekends."),
     dict(evidence="researched", source=("Sổ lịch hẹn tháng 2/2025", "February 2025 appointment book"),
          tags=[PRIO])),
    ("p4", 2, "pain_points", ("Khu chờ chật, không có gì làm", "Cramped waiting area, nothing to do"),
     ("", ""), dict(evidence="anecdote", source=OBSERVE)),
    ("p5", 3, "pain_points", ("Phụ phí phát sinh bất ngờ", "Unexpected surcharges"),
     ("Phụ phí tóc dài 100.000–200.000đ, hấp dầu 150.000đ.",
      "Long-hair surcharge 100,000–200,000 VND, conditioning 150,000 VND."),
     dict(evidence="researched", source=INTERVIEWS, tags=[PRIO])),
    ("p6", 3, "pain_points", ("Xếp hàng ở quầy giờ cao điểm", "Queue at the till at peak times"),
     ("", ""), dict(evidence="anecdote", source=WORKSHOP)),
    ("p7", 4, "pain_points", ("Không ai hỏi thăm sau khi làm", "Nobody follows up"),
     ("", ""), {}),
    ("p8", 4, "pain_points", ("Đường dây nóng khó gọi", "Hotline hard to reach"),
     ("", ""), {}),
    ("p9", 5, "pain_points", ("Ưu đãi giới thiệu khó dùng", "Referral offer is awkward to use"),
     ("Phải mang phiếu giấy, hay bị mất.", "Needs a paper voucher, which gets lost."), {}),

    # ---------------------------------------------------------------- needs
    ("n1", 0, "needs", ("Thấy kết quả trên tóc giống mình", "See results on hair like hers"),
     ("Ảnh trước – sau của người có chất tóc tương tự.",
      "Before-and-after photos of people with similar hair."), dict(evidence="assumption")),
    ("n2", 1, "needs", ("Biết chắc giá cuối cùng", "Be sure of the final price"),
     ("", ""), {}),
    ("n3", 1, "needs", ("Tự đặt lịch lúc 11 giờ đêm", "Book by herself at 11 pm"),
     ("", ""), dict(tags=[THU])),
    ("n4", 2, "needs", ("Được báo trước thời gian chờ", "Be told how long the wait is"),
     ("", ""), {}),
    ("n5", 3, "needs", ("Gợi ý sản phẩm mà không bị ép mua", "Advice on products without pressure"),
     ("", ""), dict(evidence="assumption")),
    ("n6", 4, "needs", ("Hướng dẫn chăm sóc cho đúng kiểu vừa làm", "Care tips for the style she got"),
     ("", ""), {}),
    ("n7", 5, "needs", ("Được nhận ra là khách quen", "Be recognised as a regular"),
     ("", ""), dict(tags=[LAN])),

    # -------------------------------------------------------- opportunities
    ("o1", 0, "opportunities", ("Chuỗi video “tóc thật, khách thật”", "“Real hair, real clients” videos"),
     ("Đăng video của chính khách salon, ghi rõ chất tóc và giá.",
      "Post videos of the salon's own clients, naming hair type and price."), {}),
    ("o2", 1, "opportunities", ("Báo giá trọn gói theo độ dài tóc", "All-in prices by hair length"),
     ("", ""), dict(tags=[PRIO])),
    ("o3", 1, "opportunities", ("Đặt lịch trực tuyến 24/7", "24/7 online booking"),
     ("", ""), {}),
    ("o4", 2, "opportunities", ("Nhắn tin khi lịch bị trễ", "Text when running late"),
     ("", ""), {}),
    ("o5", 2, "opportunities", ("Nước uống và wifi ở khu chờ", "Drinks and wifi while waiting"),
     ("", ""), {}),
    ("o6", 3, "opportunities", ("Xác nhận giá trước khi làm", "Confirm the price before starting"),
     ("", ""), dict(tags=[PRIO])),
    ("o7", 4, "opportunities", ("Chủ động hỏi thăm ngày 3 và ngày 14", "Check in on day 3 and day 14"),
     ("", ""), {}),
    ("o8", 5, "opportunities", ("Thẻ thành viên điện tử trên Zalo", "Digital loyalty card on Zalo"),
     ("", ""), {}),

    # --------------------------------------------------------- weak points
    ("w1", 1, "weak_points", ("Chỉ một người trực fanpage", "One person runs the page"),
     ("Ca tối và Chủ nhật không ai trả lời tin nhắn.", "Nobody answers in the evening or on Sunday."),
     {}),
    ("w2", 2, "weak_points", ("Lịch hẹn ghi tay, hay trùng giờ", "Handwritten book, double bookings"),
     ("", ""), dict(evidence="researched", source=OBSERVE)),
    ("w3", 3, "weak_points", ("Mỗi thợ hiểu bảng phụ phí một kiểu", "Each stylist reads surcharges differently"),
     ("", ""), dict(evidence="anecdote", source=WORKSHOP)),
    ("w4", 4, "weak_points", ("Không có dữ liệu khách hàng tập trung", "No central customer records"),
     ("Số điện thoại nằm rải rác trong sổ và điện thoại riêng của thợ.",
      "Phone numbers are scattered across notebooks and stylists' own phones."), {}),
    ("w5", 5, "weak_points", ("Không đo được khách đến từ giới thiệu", "Referrals are not tracked"),
     ("", ""), {}),

    # -------------------------------------------------------------- custom
    ("c1", 1, "custom", ("Lễ tân tra sổ giấy để trả lời tin nhắn", "Reception checks the paper book to reply"),
     ("", ""), {}),
    ("c2", 2, "custom", ("Thợ chính nhận 2 khách cùng lúc giờ cao điểm",
                         "Stylists take two clients at once at peak times"),
     ("", ""), dict(evidence="researched", source=OBSERVE)),
    ("c3", 3, "custom", ("Thu ngân cộng phụ phí theo phiếu thợ ghi", "Cashier adds surcharges from the stylist's slip"),
     ("", ""), {}),
    ("c4", 4, "custom", ("Chưa ai được giao việc hỏi thăm khách", "Nobody is tasked with follow-up"),
     ("", ""), {}),

    # ---------------------------------------------------------------- kpis
    ("k1", 0, "kpis", ("Lượt xem video", "Video views"),
     ("Hiện tại 45.000/tháng · Mục tiêu 80.000/tháng", "Now 45,000/month · Target 80,000/month"),
     dict(measure=("Lượt xem TikTok mỗi tháng", "TikTok views per month"))),
    ("k2", 1, "kpis", ("Tỷ lệ chốt lịch từ tin nhắn", "Chat-to-booking rate"),
     ("Hiện tại 28% · Mục tiêu 45%", "Now 28% · Target 45%"),
     dict(measure=("Số lịch hẹn / số hội thoại", "Bookings / conversations"))),
    ("k3", 1, "kpis", ("Thời gian phản hồi tin nhắn", "Chat response time"),
     ("Hiện tại 190 phút · Mục tiêu dưới 15 phút", "Now 190 min · Target under 15 min"),
     dict(measure=("Trung vị, phút", "Median, minutes"))),
    ("k4", 2, "kpis", ("Thời gian chờ trung bình", "Average wait"),
     ("Hiện tại 32 phút · Mục tiêu dưới 10 phút", "Now 32 min · Target under 10 min"),
     dict(measure=("Phút từ giờ hẹn đến lúc bắt đầu", "Minutes from booked time to start"))),
    ("k5", 2, "kpis", ("Mức độ hài lòng (CSAT)", "Satisfaction (CSAT)"),
     ("Hiện tại 4,1/5 · Mục tiêu 4,6/5", "Now 4.1/5 · Target 4.6/5"),
     dict(measure=("Phiếu khảo sát sau dịch vụ", "Post-visit survey"))),
    ("k6", 3, "kpis", ("Khiếu nại về giá", "Price complaints"),
     ("Hiện tại 7 · Mục tiêu dưới 2", "Now 7 · Target under 2"),
     dict(measure=("Khiếu nại / 100 hóa đơn", "Complaints per 100 bills"))),
    ("k7", 3, "kpis", ("Doanh thu sản phẩm mỗi khách", "Product revenue per client"),
     ("", ""), dict(measure=("Nghìn đồng / lượt", "Thousand VND per visit"))),
    ("k8", 4, "kpis", ("Tỷ lệ khách được hỏi thăm", "Follow-up rate"),
     ("Hiện tại gần 0% · Mục tiêu 90%", "Now near 0% · Target 90%"),
     dict(measure=("Khách được gọi / khách đã làm", "Clients contacted / clients served"))),
    ("k9", 5, "kpis", ("Tỷ lệ quay lại trong 90 ngày", "90-day return rate"),
     ("Hiện tại 38% · Mục tiêu 55%", "Now 38% · Target 55%"),
     dict(measure=("Khách quay lại / khách mới", "Returning / new clients"))),
    ("k10", 5, "kpis", ("Điểm NPS", "NPS"),
     ("Hiện tại +12 · Mục tiêu +40", "Now +12 · Target +40"),
     dict(measure=("Khảo sát NPS hằng quý", "Quarterly NPS survey"))),

    # -------------------------------------------------------- improvements
    ("i1", 0, "improvements", ("Quay 8 video khách thật mỗi tháng", "Film 8 real-client videos a month"),
     ("Xin phép khách trước khi quay; ghi chất tóc và giá trong chú thích.",
      "Ask clients' permission first; give hair type and price in the caption."),
     dict(owner=("Chị Hà – Marketing", "Ha – Marketing"), due=D(2025, 5, 31),
          measure=("Lượt xem TikTok mỗi tháng", "TikTok views per month"), status="doing")),
    ("i2", 1, "improvements", ("Công bố bảng giá trọn gói theo độ dài tóc",
                               "Publish all-in prices by hair length"),
     ("Ba mức: ngắn, ngang vai, dài; đã gồm hấp dầu.",
      "Three bands: short, shoulder, long; conditioning included."),
     dict(owner=("Chị Ngọc – Quản lý salon", "Ngoc – Salon manager"), due=D(2025, 4, 15),
          measure=("Khiếu nại / 100 hóa đơn", "Complaints per 100 bills"), status="doing",
          tags=[PRIO])),
    ("i3", 1, "improvements", ("Triển khai đặt lịch trực tuyến", "Roll out online booking"),
     ("Đặt lịch qua Zalo OA và website, đồng bộ với lịch của thợ.",
      "Booking through Zalo OA and the website, synced with stylists' calendars."),
     dict(owner=("Anh Quân – IT", "Quan – IT"), due=D(2025, 6, 30),
          measure=("Tỷ lệ lịch đặt trực tuyến", "Share of online bookings"), status="todo")),
    ("i4", 2, "improvements", ("Nhắn tin khi trễ hơn 10 phút", "Text clients when 10+ minutes late"),
     ("", ""),
     dict(owner=("Bộ phận lễ tân", "Reception team"), due=D(2025, 4, 30),
          measure=("Thời gian chờ trung bình", "Average wait"), status="todo")),
    ("i5", 2, "improvements", ("Lịch hẹn điện tử, không nhận 2 khách cùng lúc",
                               "Digital calendar, no double booking"),
     ("", ""),
     dict(owner=("Chị Ngọc – Quản lý salon", "Ngoc – Salon manager"), due=D(2025, 6, 30),
          measure=("Số lần trùng lịch mỗi tuần", "Double bookings per week"), status="todo")),
    ("i6", 3, "improvements", ("Khách ký xác nhận giá trước khi làm", "Client signs off the price before work"),
     ("Áp dụng thử từ 1/4 tại quầy lễ tân.", "Piloted at reception since 1 April."),
     dict(owner=("Chị Ngọc – Quản lý salon", "Ngoc – Salon manager"), due=D(2025, 4, 15),
          measure=("Khiếu nại / 100 hóa đơn", "Complaints per 100 bills"), status="done")),
    ("i7", 4, "improvements", ("Kịch bản hỏi thăm ngày 3 và ngày 14", "Day-3 and day-14 check-in script"),
     ("Kèm hướng dẫn chăm sóc theo từng dịch vụ.", "With care tips for each service."),
     dict(owner=("Chị Mai – Chăm sóc khách hàng", "Mai – Customer care"), due=D(2025, 5, 15),
          measure=("Tỷ lệ khách được hỏi thăm", "Follow-up rate"), status="doing")),
    ("i8", 5, "improvements", ("Thẻ thành viên và mã giới thiệu trên Zalo OA",
                               "Loyalty card and referral code on Zalo OA"),
     ("", ""),
     dict(owner=("Anh Quân – IT", "Quan – IT"), due=D(2025, 7, 31),
          measure=("Tỷ lệ quay lại trong 90 ngày", "90-day return rate"), status="todo")),
    ("i9", 5, "improvements", ("In phiếu giới thiệu bằng giấy", "Print paper referral vouchers"),
     ("Đã bỏ: thay bằng mã giới thiệu trên Zalo.", "Dropped: replaced by the Zalo referral code."),
     dict(owner=("Chị Hà – Marketing", "Ha – Marketing"), due=D(2025, 3, 31),
          measure=("Số khách đến từ giới thiệu", "Referred clients"), status="dropped")),

    # ------------------------------------------------------------- evidence
    ("e1", 0, "evidence", ("46% khách biết salon qua TikTok", "46% found the salon on TikTok"),
     ("Khảo sát 150 khách tại quầy.", "Survey of 150 clients at the desk."),
     dict(evidence="researched", source=("Khảo sát tại quầy, 2/2025", "Desk survey, February 2025"))),
    ("e2", 1, "evidence", ("Phân tích 300 hội thoại Messenger", "Analysis of 300 Messenger chats"),
     ("Trung vị 190 phút cho câu trả lời đầu tiên; 41% hỏi về giá.",
      "Median 190 minutes to the first reply; 41% ask about price."),
     dict(evidence="researched", source=("Dữ liệu Facebook Page, 1–2/2025",
                                         "Facebook Page export, Jan–Feb 2025"))),
    ("e3", 2, "evidence", ("Quan sát 2 ngày cao điểm", "Two peak days observed"),
     ("Ghi lại 46 lượt khách: 29 lượt chờ trên 15 phút.",
      "46 visits logged: 29 waited over 15 minutes."),
     dict(evidence="researched", source=OBSERVE)),
    ("e4", 3, "evidence", ("Thu ngân: “ngày nào cũng có khách hỏi phụ phí”",
                           "Cashier: “someone asks about surcharges every day”"),
     ("", ""), dict(evidence="anecdote", source=WORKSHOP)),
    ("e5", 4, "evidence", ("Giả thuyết: khách bỏ đi vì tóc hỏng", "Hypothesis: clients leave over damaged hair"),
     ("Chưa kiểm chứng – gọi lại 20 khách không quay lại để hỏi.",
      "Not yet checked – call back 20 clients who did not return."),
     dict(evidence="assumption", source=("Nhóm dự án", "Project team"))),
    ("e6", 5, "evidence", ("Google Maps 4,3 sao, 180 đánh giá", "Google Maps 4.3 stars, 180 reviews"),
     ("Khen tay nghề; chê thời gian chờ và giá.", "Praise for skill; complaints about waits and price."),
     dict(evidence="researched", source=("Google Maps, 3/2025", "Google Maps, March 2025"))),
]

# (key, source card, target card, (vi label, en label))
CONNECTORS = [
    ("x1", "t1", "a4", ("xem video rồi nhắn tin", "watches, then messages")),
    ("x2", "p1", "p5", ("cùng nguyên nhân", "same cause")),
    ("x3", "a13", "a9", ("quay lại bước trước", "steps back")),
    ("x4", "p5", "i6", ("xử lý bằng", "addressed by")),
    ("x5", "p3", "i4", ("xử lý bằng", "addressed by")),
    ("x6", "t16", "t3", ("vòng lặp giới thiệu", "referral loop")),
]


# ------------------------------------------------------------------ build
def _id(lang: str, key: str) -> str:
    digest = hashlib.sha256(f"cjm-example/salon/{lang}/{key}".encode()).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def build(lang: str) -> JourneyMap:
    i = 0 if lang == "vi" else 1
    spec = load_spec("salon-6")
    personas = [
        Persona(id=_id(lang, "persona/" + p["key"]), name=p["name"][i], role=p["role"][i],
                description=p["description"][i], goals=[g[i] for g in p["goals"]],
                colour=p["colour"])
        for p in PERSONAS
    ]
    stages = [
        Stage(id=_id(lang, f"stage/{n}"), title=t[i], description=d[i],
              colour=spec.stages[n].colour)
        for n, (t, d) in enumerate(STAGES)
    ]
    lanes = [Lane(id=_id(lang, f"lane/{k}"), kind=LaneKind(k), title=t[i], height=h)
             for k, t, h in LANES]
    lane_of = {lane.kind.value: lane for lane in lanes}
    order: dict[tuple[int, str], int] = {}
    cards = []
    for key, st, kind, title, body, extra in CARDS:
        n = order.get((st, kind), 0)
        order[(st, kind)] = n + 1
        fields = {}
        for name, value in extra.items():
            if name in ("channel", "owner", "measure", "source"):
                fields[name] = value[i]
            elif name == "tags":
                fields[name] = [t[i] for t in value]
            else:
                fields[name] = value
        cards.append(Card(id=_id(lang, "card/" + key), stage_id=stages[st].id,
                          lane_id=lane_of[kind].id, order=n, title=title[i], body=body[i],
                          **fields))
    if len({c.id for c in cards}) != len(cards):
        raise SystemExit("two cards share a key")
    connectors = [
        Connector(id=_id(lang, "connector/" + k), source_id=_id(lang, "card/" + s),
                  target_id=_id(lang, "card/" + t), label=label[i])
        for k, s, t, label in CONNECTORS
    ]
    emotions = [
        EmotionPoint(persona_id=_id(lang, "persona/" + pk), stage_id=stages[n].id, score=score,
                     label=label[i])
        for pk, points in EMOTIONS.items() for n, (score, label) in enumerate(points)
    ]
    table = _storyboard(lang, i, stages, lanes, cards)
    logo_uri = storyboard_pictures.as_uri(storyboard_pictures.logo())
    table[images.image_id(logo_uri)] = logo_uri
    m = JourneyMap(
        logo=images.image_id(logo_uri), images=table,
        title=TITLE[i], description=DESCRIPTION[i], language=lang,
        created=dt.datetime(2025, 3, 3, 8, 30, tzinfo=dt.timezone.utc),
        modified=dt.datetime(2025, 3, 14, 9, 0, tzinfo=dt.timezone.utc),
        personas=personas, stages=stages, lanes=lanes, cards=cards,
        connectors=connectors, emotions=emotions,
    )
    salon_workshop.add_workshop(m, lang, lambda key: _id(lang, key))  # then the future state copied with them
    m.states = [salon_future.future_state(m, lang, lambda key: _id(lang, key))]
    return m


def _storyboard(lang: str, i: int, stages, lanes, cards) -> dict[str, str]:
    """A storyboard lane on top, one framed picture per key moment (tools/storyboard_pictures.py)."""
    lane = Lane(id=_id(lang, "lane/storyboard"), kind=LaneKind.STORYBOARD,
                title=("Phân cảnh", "Storyboard")[i], height=120.0)
    lanes.insert(0, lane)
    table = {}
    for st, draw, caption in storyboard_pictures.FRAMES:
        uri = storyboard_pictures.as_uri(draw())
        table[images.image_id(uri)] = uri
        cards.append(Card(id=_id(lang, f"card/storyboard/{st}"), stage_id=stages[st].id, lane_id=lane.id,
                          order=0, title=caption[i], image=images.image_id(uri)))
    return table


def main() -> None:
    for lang in ("vi", "en"):
        m = build(lang)
        out = ROOT / "resources" / "examples" / f"salon-{lang}.cjm"
        write_cjm(out, m)
        print(f"{out.relative_to(ROOT)}: {len(m.personas)} personas, {len(m.stages)} stages, "
              f"{len(m.lanes)} lanes, {len(m.cards)} cards, {len(m.connectors)} connectors")


if __name__ == "__main__":
    main()
