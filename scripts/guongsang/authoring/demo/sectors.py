"""Per-sector Vietnamese text banks: achievements, methods, model names and tags.

Achievements are verb phrases without "đã"; ``{a-b}`` is replaced by a whole
number between a and b. Keys are the sector ids of ``defaults/sectors.yml``.
"""

from __future__ import annotations

DEEDS: dict[str, list[str]] = {
    "xay-dung-dang-chinh-quyen": [
        "giải quyết dứt điểm {5-40} đơn thư tồn đọng nhiều năm", "giới thiệu {3-15} quần chúng ưu tú để kết nạp vào Đảng",
        "tổ chức {6-30} buổi đối thoại trực tiếp giữa người đứng đầu và nhân dân", "vận động {60-400} hội viên mới tham gia sinh hoạt",
        "đưa tỷ lệ đảng viên hoàn thành tốt nhiệm vụ lên {92-100}%", "tiếp nhận và xử lý {30-200} ý kiến, kiến nghị của cử tri",
        "duy trì {10-40} buổi sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "xây dựng {2-9} mô hình “Dân vận khéo” được nhân rộng", "hòa giải thành công {5-30} vụ việc ngay từ cơ sở",
        "vận động nhân dân đóng góp {50-900} ngày công làm đường và nhà văn hóa",
    ],
    "quoc-phong-an-ninh": [
        "phối hợp triệt phá {2-12} ổ nhóm tội phạm", "vận động người dân giao nộp {3-40} vũ khí, vật liệu nổ",
        "tham gia cứu hộ {10-120} hộ dân trong mùa mưa lũ", "hoàn thành {100-100}% chỉ tiêu tuyển quân nhiều năm liền",
        "tổ chức {5-30} buổi tuyên truyền phòng, chống lừa đảo qua mạng", "kịp thời dập tắt {2-15} đám cháy, không để thiệt hại về người",
        "giảm {20-60}% số vụ vi phạm pháp luật trên địa bàn so với năm trước", "lắp đặt {10-80} camera an ninh tại các điểm giao thông trọng yếu",
        "huấn luyện {30-150} chiến sĩ dân quân đạt loại giỏi", "giúp {5-40} người lầm lỗi tái hòa nhập cộng đồng",
    ],
    "cong-thuong-xay-dung-giao-thong": [
        "đưa {5-60} sản phẩm địa phương lên sàn thương mại điện tử", "tiết kiệm {20-900} triệu đồng chi phí nhờ cải tiến kỹ thuật",
        "hoàn thành {2-25} km đường giao thông trước tiến độ", "tạo việc làm ổn định cho {15-300} lao động địa phương",
        "đưa doanh thu của cơ sở tăng {15-80}% so với năm trước", "giúp {3-20} sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên",
        "sửa chữa, nâng cấp {3-30} cây cầu dân sinh", "giảm {10-40}% tiêu thụ điện nhờ lắp đặt điện mặt trời mái nhà",
        "tổ chức {4-20} phiên chợ hàng Việt về nông thôn", "không để xảy ra tai nạn lao động trong {3-10} năm liền",
    ],
    "nong-nghiep-nong-thon-moi": [
        "chuyển {2-60} ha lúa kém hiệu quả sang trồng rau hữu cơ", "liên kết {10-200} hộ tiêu thụ sản phẩm ổn định",
        "hiến {100-3000} mét vuông đất làm đường nông thôn mới", "nâng thu nhập bình quân của thành viên lên {60-180} triệu đồng mỗi năm",
        "xây dựng {2-12} vùng trồng đạt chuẩn VietGAP", "đưa {3-30} tấn nông sản xuất khẩu sang thị trường khó tính",
        "trồng mới {5-80} ha rừng sản xuất", "giúp {5-60} hộ vay vốn phát triển chăn nuôi",
        "góp phần đưa xã về đích nông thôn mới nâng cao sớm {1-2} năm", "giảm {20-50}% lượng phân bón hóa học nhờ dùng phân hữu cơ vi sinh",
        "cấp {50-400} mã vùng trồng và truy xuất nguồn gốc cho nông sản",
    ],
    "tai-chinh-ngan-hang-thue-bhxh": [
        "vận động {30-400} người tham gia bảo hiểm xã hội tự nguyện", "rút ngắn thời gian giải quyết hồ sơ còn {1-5} ngày làm việc",
        "đưa {20-500} hộ kinh doanh sang dùng hóa đơn điện tử", "thu hồi {1-20} tỷ đồng nợ đọng thuế",
        "giúp {10-150} hộ nghèo tiếp cận vốn vay ưu đãi", "đưa tỷ lệ người dân có bảo hiểm y tế lên {90-99}%",
        "giữ tỷ lệ nợ quá hạn dưới {1-2}% nhiều năm liền", "hướng dẫn {100-2000} người dân thanh toán không dùng tiền mặt",
        "chi trả lương hưu, trợ cấp qua tài khoản cho {200-3000} người", "phát hiện và ngăn chặn {2-12} vụ trục lợi quỹ bảo hiểm",
    ],
    "y-te": [
        "khám, tư vấn miễn phí cho {100-2000} người cao tuổi", "duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ em đạt {95-100}%",
        "thực hiện thành công {20-400} ca phẫu thuật nội soi", "cứu sống {3-40} ca bệnh nặng nhờ cấp cứu kịp thời",
        "lập hồ sơ sức khỏe điện tử cho {500-9000} người dân", "giảm tỷ lệ trẻ suy dinh dưỡng thấp còi xuống dưới {5-12}%",
        "vận động {20-300} người hiến máu tình nguyện", "đưa {2-8} kỹ thuật mới của tuyến trên về áp dụng tại cơ sở",
        "chăm sóc tại nhà cho {10-80} người bệnh không thể đi lại", "tổ chức {5-30} đợt khám sàng lọc tại thôn, bản vùng khó khăn",
    ],
    "giao-duc-dao-tao": [
        "bồi dưỡng {3-30} học sinh đạt giải học sinh giỏi cấp tỉnh", "vận động {3-40} học sinh bỏ học trở lại lớp",
        "biên soạn {5-60} bài giảng điện tử dùng chung", "giữ tỷ lệ học sinh lên lớp đạt {97-100}%",
        "dạy chữ miễn phí cho {10-80} người lớn tuổi", "có {1-6} sáng kiến kinh nghiệm được công nhận cấp tỉnh",
        "quyên góp {50-900} bộ sách giáo khoa cho học sinh vùng khó khăn", "đưa {5-30} học sinh vào đội tuyển quốc gia và khu vực",
        "tổ chức {10-60} buổi học kỹ năng bơi an toàn cho trẻ", "giúp trường đạt chuẩn quốc gia mức độ {1-2}",
    ],
    "khoa-hoc-cong-nghe": [
        "có {2-12} sáng kiến được công nhận cấp tỉnh", "chuyển giao {3-25} quy trình kỹ thuật cho nông dân",
        "công bố {3-30} bài báo khoa học", "được cấp {1-5} bằng độc quyền sáng chế, giải pháp hữu ích",
        "làm lợi cho đơn vị {100-5000} triệu đồng mỗi năm", "chế tạo {2-10} máy móc thay thế hàng nhập khẩu",
        "chủ trì {1-6} đề tài khoa học cấp tỉnh được nghiệm thu loại xuất sắc", "ứng dụng trí tuệ nhân tạo vào {2-6} khâu sản xuất",
        "hướng dẫn {5-40} sinh viên nghiên cứu khoa học đạt giải",
    ],
    "van-hoa-nghe-thuat-the-thao": [
        "sưu tầm, phục dựng {5-60} làn điệu dân ca", "giành {2-15} huy chương tại các giải cấp quốc gia",
        "tổ chức {10-80} buổi biểu diễn phục vụ vùng sâu, vùng xa", "truyền dạy nghề truyền thống cho {10-120} học trò",
        "mở {2-12} lớp dạy bơi miễn phí cho trẻ em", "duy trì {1-3} lễ hội truyền thống của đồng bào",
        "biên soạn {1-5} cuốn sách về lịch sử, văn hóa địa phương", "đạt {2-10} giải thưởng tại hội diễn nghệ thuật quần chúng",
        "vận động {50-400} người dân tham gia tập luyện thể dục thường xuyên", "phục dựng {1-4} nghề thủ công tưởng như đã mai một",
    ],
    "doi-ngoai": [
        "kết nối {3-30} đoàn doanh nghiệp nước ngoài đến tìm hiểu đầu tư", "hỗ trợ {10-200} lao động đi làm việc ở nước ngoài an toàn",
        "tổ chức {3-20} hoạt động giao lưu nhân dân hai bên biên giới", "giúp bà con kiều bào quyên góp {100-900} triệu đồng cho quê hương",
        "dịch và giới thiệu {2-20} ấn phẩm quảng bá địa phương", "phối hợp giải quyết {3-40} vụ việc liên quan đến công dân ở nước ngoài",
        "vận động {1-8} dự án viện trợ phi chính phủ", "đón tiếp chu đáo {5-40} đoàn khách quốc tế",
    ],
    "thong-tin-truyen-thong": [
        "hướng dẫn {200-4000} người dân kích hoạt tài khoản định danh điện tử", "xây dựng {3-40} điểm phủ sóng wifi công cộng",
        "sản xuất {100-1500} tin, bài tuyên truyền", "đưa {20-300} hộ sản xuất lên các sàn thương mại điện tử",
        "số hóa {500-8000} hồ sơ, tài liệu lưu trữ", "duy trì {1-5} trang thông tin có hàng nghìn người theo dõi",
        "dạy kỹ năng số cơ bản cho {50-600} người cao tuổi", "phát hiện và gỡ bỏ {5-50} tin giả, tin xấu độc",
        "đưa tỷ lệ hồ sơ trực tuyến của xã lên {70-98}%",
    ],
    "cai-cach-hanh-chinh": [
        "tiếp nhận {500-6000} hồ sơ trực tuyến toàn trình", "giảm {20-60}% thời gian chờ tại bộ phận một cửa",
        "rà soát, đề xuất đơn giản hóa {3-25} thủ tục hành chính", "giải quyết {98-100}% hồ sơ đúng và trước hạn",
        "không để xảy ra hồ sơ trễ hạn trong {2-6} năm liền", "số hóa {1000-20000} trang sổ hộ tịch",
        "đạt mức hài lòng của người dân {90-99}%", "trả kết quả tại nhà cho {50-500} người cao tuổi, người khuyết tật",
        "xây dựng {2-8} quy trình nội bộ điện tử",
    ],
    "an-sinh-xa-hoi": [
        "vận động xây {2-30} căn nhà tình nghĩa, nhà đại đoàn kết", "trao {20-400} suất học bổng cho học sinh nghèo",
        "giúp {5-80} hộ thoát nghèo bền vững", "duy trì {1-6} năm bữa cơm miễn phí cho người bệnh",
        "kết nối việc làm cho {10-200} người khuyết tật", "quyên góp {50-2000} triệu đồng ủng hộ đồng bào vùng lũ",
        "chăm lo {10-150} người cao tuổi cô đơn", "hỗ trợ {10-100} trẻ em mồ côi đến trường",
        "trao {100-1500} phần quà Tết cho hộ có hoàn cảnh khó khăn", "vận động {10-90} người hiến đất, hiến công làm nhà cho hộ nghèo",
    ],
    "doi-song-xa-hoi": [
        "vận động {50-800} hộ phân loại rác tại nguồn", "trồng {200-5000} cây xanh trên các tuyến đường",
        "hòa giải thành công {5-40} vụ việc ở cơ sở", "giữ {90-100}% hộ đạt danh hiệu gia đình văn hóa",
        "xây dựng {1-8} tuyến đường hoa, đường cây xanh kiểu mẫu", "vận động {20-300} hộ ký cam kết không tổ chức cưới, tang linh đình",
        "tổ chức {5-50} buổi ngày Chủ nhật xanh", "lắp đặt {10-120} bóng đèn chiếu sáng đường quê",
        "thu gom {2-30} tấn rác thải nhựa", "vận động {3-30} dòng họ đăng ký xây dựng dòng họ học tập",
    ],
}

METHODS: dict[str, list[str]] = {
    "xay-dung-dang-chinh-quyen": [
        "Mỗi tháng, chi bộ dành một buổi sinh hoạt để nghe chính người dân nói về những việc còn vướng mắc.",
        "Cán bộ được phân công phụ trách từng nhóm hộ, có việc gì cũng nắm được ngay từ đầu.",
        "Những việc dân bàn, dân quyết được niêm yết công khai tại nhà văn hóa và trên nhóm Zalo của thôn.",
        "Nghị quyết của chi bộ được cụ thể hóa thành việc làm có người chịu trách nhiệm và thời hạn hoàn thành.",
    ],
    "quoc-phong-an-ninh": [
        "Lực lượng được chia thành các tổ trực luân phiên, bảo đảm có mặt ở hiện trường chỉ sau ít phút.",
        "Mỗi thông tin người dân báo qua đường dây nóng đều được ghi nhận và phản hồi trong ngày.",
        "Các buổi tuyên truyền được tổ chức ngay tại chợ, tại sân nhà văn hóa, bằng lời nói giản dị dễ hiểu.",
        "Việc phối hợp với các tổ tự quản ở thôn giúp nắm chắc tình hình, phát hiện sớm những dấu hiệu bất thường.",
    ],
    "cong-thuong-xay-dung-giao-thong": [
        "Từng công đoạn được đo đếm lại để loại bỏ những thao tác thừa, giảm hao phí vật tư.",
        "Sản phẩm được đóng gói, dán tem truy xuất nguồn gốc và quảng bá qua các buổi bán hàng trực tuyến.",
        "Người lao động được tập huấn an toàn định kỳ và được khuyến khích đề xuất cải tiến.",
        "Nhà thầu, người dân và chính quyền cùng giám sát chất lượng công trình theo từng hạng mục.",
    ],
    "nong-nghiep-nong-thon-moi": [
        "Các thành viên thống nhất một quy trình canh tác chung, ghi nhật ký đồng ruộng và chịu sự kiểm tra chéo.",
        "Phân chuồng, rơm rạ được ủ với chế phẩm vi sinh để làm phân bón, vừa rẻ vừa cải tạo đất.",
        "Đầu ra được bảo đảm nhờ hợp đồng bao tiêu ký trước mỗi vụ với doanh nghiệp.",
        "Những hộ đi trước sẵn sàng cho hộ khác đến tham quan, hướng dẫn tận nơi mà không lấy công.",
    ],
    "tai-chinh-ngan-hang-thue-bhxh": [
        "Cán bộ đến tận nhà giải thích quyền lợi, tính toán cụ thể số tiền đóng và mức hưởng cho từng người.",
        "Quy trình được công khai, hồ sơ được tiếp nhận qua mạng để người dân không phải đi lại nhiều lần.",
        "Các tổ tiết kiệm và vay vốn họp định kỳ hằng tháng, bình xét công khai ai được vay trước.",
        "Dữ liệu được đối chiếu thường xuyên để phát hiện sớm sai sót và trường hợp chậm đóng.",
    ],
    "y-te": [
        "Lịch khám được thông báo trước trên loa truyền thanh và nhóm Zalo của từng thôn.",
        "Mỗi người bệnh mãn tính đều có sổ theo dõi riêng, được nhắc tái khám đúng hẹn.",
        "Kíp trực luôn sẵn sàng, quy trình cấp cứu được diễn tập định kỳ để không bỏ sót bước nào.",
        "Kiến thức chuyên môn được cập nhật qua các buổi hội chẩn trực tuyến với bệnh viện tuyến trên.",
    ],
    "giao-duc-dao-tao": [
        "Mỗi học sinh được theo dõi sự tiến bộ bằng một sổ tay riêng, có trao đổi thường xuyên với phụ huynh.",
        "Giáo viên cùng tổ chia sẻ bài giảng, dự giờ góp ý lẫn nhau trên tinh thần cởi mở.",
        "Những buổi học ngoài trời, học qua trải nghiệm giúp các em hứng thú và nhớ bài lâu hơn.",
        "Nhà trường phối hợp với hội khuyến học thôn để kịp thời hỗ trợ học sinh có nguy cơ bỏ học.",
    ],
    "khoa-hoc-cong-nghe": [
        "Ý tưởng được thử nghiệm trên quy mô nhỏ, đo đạc cẩn thận rồi mới đưa vào sản xuất đại trà.",
        "Nhóm nghiên cứu làm việc ngay tại ruộng, tại xưởng, lắng nghe phản hồi của người trực tiếp sử dụng.",
        "Các kết quả được ghi chép đầy đủ, công bố rõ ràng để người khác có thể kiểm chứng và làm theo.",
        "Những linh kiện đắt tiền được thay bằng vật liệu sẵn có trong nước mà vẫn bảo đảm độ bền.",
    ],
    "van-hoa-nghe-thuat-the-thao": [
        "Các buổi tập được tổ chức vào buổi tối để bà con đi làm đồng về vẫn tham gia được.",
        "Những người cao tuổi trong làng được mời kể lại, hát lại, và mọi thứ được ghi âm, ghi hình cẩn thận.",
        "Lớp học miễn phí, trang phục và nhạc cụ do các thành viên tự đóng góp hoặc vận động tài trợ.",
        "Các tiết mục được dàn dựng mới trên nền chất liệu cũ, để người trẻ thấy gần gũi mà vẫn giữ được hồn cốt.",
    ],
    "doi-ngoai": [
        "Mỗi đoàn khách đều được chuẩn bị tài liệu song ngữ và một chương trình làm việc cụ thể.",
        "Quan hệ được vun đắp qua những việc nhỏ: thăm hỏi dịp lễ, Tết, chia sẻ khi có thiên tai.",
        "Người lao động được hướng dẫn kỹ về hợp đồng, pháp luật nước sở tại và cách liên hệ khi cần hỗ trợ.",
    ],
    "thong-tin-truyen-thong": [
        "Tổ công nghệ số cộng đồng đến từng nhà, cầm tay chỉ việc cho người cao tuổi thao tác trên điện thoại.",
        "Tin bài được viết ngắn, kèm hình ảnh và phát cùng lúc trên loa truyền thanh, trang thông tin và Zalo.",
        "Mỗi tuần có một chủ đề tuyên truyền, gắn với việc người dân đang cần làm.",
        "Thông tin sai lệch được kiểm chứng nhanh và cải chính bằng chính những người dân có uy tín trong thôn.",
    ],
    "cai-cach-hanh-chinh": [
        "Quy trình giải quyết từng thủ tục được vẽ thành sơ đồ, dán ngay tại bàn tiếp nhận.",
        "Người dân được hướng dẫn nộp hồ sơ trực tuyến tại chỗ, có máy tính và người hỗ trợ.",
        "Mỗi hồ sơ chậm đều được phân tích nguyên nhân trong buổi giao ban đầu tuần.",
        "Phiếu đánh giá mức độ hài lòng được thu thập thường xuyên và dùng để điều chỉnh cách làm.",
    ],
    "an-sinh-xa-hoi": [
        "Danh sách hộ khó khăn được rà soát cùng trưởng thôn, bảo đảm hỗ trợ đúng người, đúng lúc.",
        "Mọi khoản đóng góp đều được ghi sổ và công khai, nên người dân và nhà hảo tâm tin tưởng.",
        "Không chỉ trao quà, các hộ còn được hướng dẫn cách làm ăn và kết nối vốn vay để tự đứng vững.",
        "Các bạn trẻ tình nguyện được chia ca, ai có thời gian lúc nào thì nhận việc lúc đó.",
    ],
    "doi-song-xa-hoi": [
        "Các hộ trong xóm chia thành nhóm nhỏ, thay phiên nhau làm vệ sinh đường làng vào sáng Chủ nhật.",
        "Những mâu thuẫn nhỏ được hòa giải ngay tại nhà văn hóa bằng lời lẽ tình làng nghĩa xóm.",
        "Quy ước của thôn được cả cộng đồng bàn bạc, thống nhất và đưa vào hương ước.",
        "Mỗi gia đình tự nhận chăm sóc một đoạn đường hoa trước cửa nhà.",
    ],
}

MODEL_NAMES: dict[str, list[str]] = {
    "xay-dung-dang-chinh-quyen": ["Dân vận khéo", "Cà phê cùng dân", "Chi bộ bốn tốt", "Đảng viên giúp hộ khó khăn"],
    "quoc-phong-an-ninh": ["Camera an ninh tự quản", "Khu dân cư an toàn về phòng cháy", "Thôn không có tội phạm", "Tiếng kẻng an ninh"],
    "cong-thuong-xay-dung-giao-thong": ["Chợ 4.0 không tiền mặt", "Cầu dân sinh từ tấm lòng", "Thắp sáng đường quê", "Phiên chợ hàng Việt"],
    "nong-nghiep-nong-thon-moi": ["Vườn mẫu nông thôn mới", "Cánh đồng lớn hữu cơ", "Nông dân số", "Tổ hợp tác bưởi sạch", "Nuôi ong dưới tán rừng"],
    "tai-chinh-ngan-hang-thue-bhxh": ["Heo đất tiết kiệm", "Ngân hàng bò", "Tổ vay vốn tự quản", "Bảo hiểm xã hội cho nông dân"],
    "y-te": ["Bác sĩ gia đình ở trạm y tế", "Sổ sức khỏe điện tử", "Tủ thuốc thôn bản", "Nhà chờ sinh cho sản phụ vùng cao"],
    "giao-duc-dao-tao": ["Tủ sách cộng đồng", "Lớp học xóa mù chữ buổi tối", "Dòng họ khuyến học", "Cõng chữ lên non", "Bữa trưa bán trú"],
    "khoa-hoc-cong-nghe": ["Nhà kính giá rẻ", "Máy sấy nông sản năng lượng mặt trời", "Tưới tiết kiệm tự động", "Xưởng sáng chế nông dân"],
    "van-hoa-nghe-thuat-the-thao": ["Lớp dạy bơi miễn phí", "Giữ lửa cồng chiêng", "Sân chơi cuối tuần", "Bảo tàng làng", "Câu lạc bộ hát ru"],
    "doi-ngoai": ["Kết nghĩa bản – bản hai bên biên giới", "Cầu nối kiều bào", "Điểm hỗ trợ lao động đi làm việc ở nước ngoài"],
    "thong-tin-truyen-thong": ["Tổ công nghệ số cộng đồng", "Loa phát thanh thông minh", "Chợ quê lên mạng", "Bình dân học vụ số"],
    "cai-cach-hanh-chinh": ["Một cửa không giấy", "Trả kết quả tại nhà", "Ngày thứ bảy vì dân", "Hộ tịch số"],
    "an-sinh-xa-hoi": ["Bếp ăn yêu thương", "Phiên chợ nhân ái", "Mái ấm tình thương", "Nuôi em", "Tủ bánh mì 0 đồng"],
    "doi-song-xa-hoi": ["Ngày Chủ nhật xanh", "Đường hoa nông thôn mới", "Tổ tự quản đường làng", "Phân loại rác tại nguồn", "Gia đình năm không ba sạch"],
}

TAGS: dict[str, list[str]] = {
    "xay-dung-dang-chinh-quyen": ["dân vận khéo", "công tác Đảng", "đoàn thể"],
    "quoc-phong-an-ninh": ["an ninh trật tự", "dân quân", "phòng cháy chữa cháy"],
    "cong-thuong-xay-dung-giao-thong": ["OCOP", "giao thông nông thôn", "khởi nghiệp"],
    "nong-nghiep-nong-thon-moi": ["nông thôn mới", "nông nghiệp hữu cơ", "hợp tác xã"],
    "tai-chinh-ngan-hang-thue-bhxh": ["bảo hiểm xã hội", "tín dụng chính sách", "thuế"],
    "y-te": ["chăm sóc sức khỏe", "y tế cơ sở", "tiêm chủng"],
    "giao-duc-dao-tao": ["khuyến học", "dạy tốt học tốt", "học sinh giỏi"],
    "khoa-hoc-cong-nghe": ["sáng kiến", "sáng chế", "đổi mới sáng tạo"],
    "van-hoa-nghe-thuat-the-thao": ["văn hóa dân gian", "thể thao", "di sản"],
    "doi-ngoai": ["hữu nghị", "kiều bào", "biên giới"],
    "thong-tin-truyen-thong": ["chuyển đổi số", "công dân số", "truyền thông cơ sở"],
    "cai-cach-hanh-chinh": ["một cửa", "dịch vụ công trực tuyến", "hài lòng của người dân"],
    "an-sinh-xa-hoi": ["an sinh", "giảm nghèo", "nhân ái"],
    "doi-song-xa-hoi": ["môi trường", "gia đình văn hóa", "hòa giải"],
}
# Campaigns (id, name, sectors whose profiles usually join it).
CAMPAIGNS: list[tuple[str, str, list[str]]] = [
    ("chung-tay-vi-nguoi-ngheo", "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau", ["an-sinh-xa-hoi", "tai-chinh-ngan-hang-thue-bhxh"]),
    ("chung-suc-xay-dung-nong-thon-moi", "Cả nước chung sức xây dựng nông thôn mới", ["nong-nghiep-nong-thon-moi", "cong-thuong-xay-dung-giao-thong", "doi-song-xa-hoi"]),
    ("xay-dung-xa-hoi-hoc-tap", "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời", ["giao-duc-dao-tao", "van-hoa-nghe-thuat-the-thao"]),
    ("thi-dua-chuyen-doi-so", "Thi đua đẩy mạnh chuyển đổi số", ["thong-tin-truyen-thong", "cai-cach-hanh-chinh", "khoa-hoc-cong-nghe"]),
    ("dan-van-kheo", "Dân vận khéo", ["xay-dung-dang-chinh-quyen", "doi-song-xa-hoi", "quoc-phong-an-ninh"]),
    ("doanh-nghiep-vi-cong-dong", "Doanh nghiệp Việt Nam thi đua vì cộng đồng", ["cong-thuong-xay-dung-giao-thong", "an-sinh-xa-hoi", "doi-ngoai"]),
    ("toan-dan-bao-ve-an-ninh-to-quoc", "Toàn dân bảo vệ an ninh Tổ quốc", ["quoc-phong-an-ninh"]),
    ("thi-dua-yeu-nuoc", "Phong trào thi đua yêu nước", []),  # open to every sector
]
# Achievements of households (hộ gia đình), for the few sectors households are honoured in.
HOUSEHOLD_DEEDS: dict[str, list[str]] = {
    "nong-nghiep-nong-thon-moi": [
        "cải tạo {1-5} ha vườn tạp thành vườn cây ăn quả cho thu nhập cao", "nuôi {20-200} con bò, lợn theo hướng an toàn sinh học",
        "thu về {200-900} triệu đồng mỗi năm từ mô hình trang trại tổng hợp", "tạo việc làm thời vụ cho {5-30} lao động trong thôn",
        "hiến {100-1500} mét vuông đất làm đường nông thôn mới", "hướng dẫn kỹ thuật canh tác cho {10-60} hộ trong xã",
        "cho {3-15} hộ nghèo mượn giống, vốn không lấy lãi",
    ],
    "doi-song-xa-hoi": [
        "giữ danh hiệu gia đình văn hóa {5-20} năm liền", "nuôi dạy {2-5} người con đều học hành đến nơi đến chốn",
        "vận động {10-60} hộ trong xóm cùng phân loại rác tại nguồn", "trồng và chăm sóc {100-800} mét đường hoa trước ngõ",
        "hiến {50-800} mét vuông đất mở rộng đường làng", "hòa giải thành công {3-20} mâu thuẫn giữa các hộ láng giềng",
    ],
    "an-sinh-xa-hoi": [
        "giúp đỡ {3-20} hộ khó khăn trong thôn vươn lên", "tặng {20-200} suất học bổng cho học sinh nghèo",
        "ủng hộ {20-300} triệu đồng xây nhà đại đoàn kết", "nấu {500-5000} suất cơm miễn phí cho người bệnh",
        "nhận đỡ đầu {1-5} trẻ em mồ côi đến khi trưởng thành",
    ],
    "giao-duc-dao-tao": [
        "có {2-5} người con đỗ đại học, trong đó có người học đến thạc sĩ", "lập tủ sách với {200-2000} cuốn sách cho trẻ em trong thôn",
        "trao {10-100} suất khuyến học cho con em trong dòng họ", "duy trì lớp học tình thương cho {10-40} trẻ em",
    ],
}
