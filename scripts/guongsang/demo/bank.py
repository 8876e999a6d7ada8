"""Vietnamese phrase banks for synthetic profiles. All people and places are fictional."""

from __future__ import annotations

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
          "Đinh", "Mai", "Trịnh", "Đoàn", "Lương", "Hà", "Tạ", "Quách", "Lò", "Y", "H'"]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Ngọc", "Xuân", "Đình"]
MIDDLE_F = ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bích", "Hồng", "Mỹ", "Diệu", "Phương"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Nam", "Phúc", "Quân",
           "Sơn", "Tài", "Thắng", "Tiến", "Trung", "Tuấn", "Việt", "Vinh", "Lực", "Toàn", "Hiếu", "Kiên", "Ưng"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hường", "Hương", "Lan", "Liên", "Linh", "Mai",
           "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Ỷ"]

SYLLABLES = ["An", "Bình", "Phú", "Tân", "Hòa", "Lạc", "Đông", "Tây", "Thạnh", "Mỹ", "Long", "Phước", "Hưng",
             "Thịnh", "Yên", "Sơn", "Thủy", "Vĩnh", "Quang", "Minh", "Đồng", "Trung", "Nghĩa", "Lộc", "Thuận"]
PROVINCES = ["Lâm Giang", "Vân Lĩnh", "Phú Nguyên", "Trà Sơn", "Hải Đông", "Ngọc Lâm"]
DEPARTMENTS = ["Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
               "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh"]
CAMPAIGNS = [
    ("chung-tay-vi-nguoi-ngheo", "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau"),
    ("chung-suc-xay-dung-nong-thon-moi", "Cả nước chung sức xây dựng nông thôn mới"),
    ("xay-dung-xa-hoi-hoc-tap", "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời"),
    ("thi-dua-chuyen-doi-so", "Thi đua đẩy mạnh chuyển đổi số"),
    ("dan-van-kheo", "Dân vận khéo"),
    ("doanh-nghiep-vi-cong-dong", "Doanh nghiệp Việt Nam thi đua vì cộng đồng"),
]

COLLECTIVES = ["Tổ hợp tác", "Đội thanh niên tình nguyện", "Hợp tác xã", "Câu lạc bộ", "Chi đoàn", "Trạm Y tế",
               "Tổ dân phố", "Hội Phụ nữ", "Trường Tiểu học", "Trường THCS", "Tổ công tác", "Đội dân phòng"]
COLLECTIVE_TOPICS = ["rau hữu cơ", "phòng cháy chữa cháy", "dân ca", "chuyển đổi số", "bảo vệ môi trường",
                     "khuyến học", "an ninh trật tự", "nuôi ong", "sinh kế cho phụ nữ", "cây ăn quả", "bơi an toàn"]
MODEL_NAMES = ["Ngày Chủ nhật xanh", "Bếp ăn yêu thương", "Tủ sách cộng đồng", "Camera an ninh tự quản",
               "Chợ 4.0 không tiền mặt", "Đường hoa nông thôn mới", "Heo đất tiết kiệm", "Dòng họ khuyến học",
               "Tổ tự quản đường làng", "Phiên chợ nhân ái", "Nông dân số", "Lớp học xóa mù chữ buổi tối"]

# per sector: achievements with a number slot {n}, and a summary phrase
SECTOR_DEEDS: dict[str, list[str]] = {
    "xay-dung-dang-chinh-quyen": ["giải quyết dứt điểm {n} đơn thư tồn đọng", "kết nạp {n} đảng viên mới là đoàn viên ưu tú",
                                  "tổ chức {n} buổi đối thoại trực tiếp với nhân dân"],
    "quoc-phong-an-ninh": ["phối hợp triệt phá {n} ổ nhóm tội phạm", "vận động người dân giao nộp {n} vũ khí, vật liệu nổ",
                           "tham gia cứu hộ {n} hộ dân trong mùa mưa lũ"],
    "cong-thuong-xay-dung-giao-thong": ["đưa {n} sản phẩm lên sàn thương mại điện tử", "tiết kiệm {n} triệu đồng chi phí nhờ cải tiến kỹ thuật",
                                        "hoàn thành {n} km đường giao thông trước tiến độ"],
    "nong-nghiep-nong-thon-moi": ["chuyển {n} ha lúa kém hiệu quả sang trồng rau hữu cơ", "liên kết {n} hộ tiêu thụ sản phẩm ổn định",
                                  "hiến {n} mét vuông đất làm đường nông thôn mới"],
    "tai-chinh-ngan-hang-thue-bhxh": ["vận động {n} người tham gia bảo hiểm xã hội tự nguyện", "rút ngắn thời gian giải quyết hồ sơ còn {n} ngày",
                                      "đưa {n} hộ kinh doanh sang hóa đơn điện tử"],
    "y-te": ["khám, tư vấn miễn phí cho {n} người cao tuổi", "duy trì tỷ lệ tiêm chủng đầy đủ {n}% trẻ em",
             "thực hiện thành công {n} ca phẫu thuật nội soi"],
    "giao-duc-dao-tao": ["bồi dưỡng {n} học sinh đạt giải học sinh giỏi cấp tỉnh", "vận động {n} học sinh bỏ học trở lại lớp",
                         "biên soạn {n} bài giảng điện tử dùng chung"],
    "khoa-hoc-cong-nghe": ["có {n} sáng kiến được công nhận cấp tỉnh", "chuyển giao {n} quy trình kỹ thuật cho nông dân",
                           "công bố {n} bài báo khoa học"],
    "van-hoa-nghe-thuat-the-thao": ["sưu tầm {n} làn điệu dân ca", "giành {n} huy chương tại giải cấp quốc gia",
                                    "tổ chức {n} buổi biểu diễn phục vụ vùng sâu, vùng xa"],
    "doi-ngoai": ["kết nối {n} đoàn doanh nghiệp nước ngoài", "hỗ trợ {n} lao động đi làm việc ở nước ngoài an toàn",
                  "tổ chức {n} hoạt động giao lưu nhân dân hai nước"],
    "thong-tin-truyen-thong": ["hướng dẫn {n} người dân cài đặt định danh điện tử", "xây dựng {n} điểm phủ sóng wifi công cộng",
                               "sản xuất {n} tin, bài tuyên truyền"],
    "cai-cach-hanh-chinh": ["tiếp nhận {n} hồ sơ trực tuyến toàn trình", "giảm {n}% thời gian chờ tại bộ phận một cửa",
                            "rà soát, đơn giản hóa {n} thủ tục hành chính"],
    "an-sinh-xa-hoi": ["vận động xây {n} căn nhà tình nghĩa", "trao {n} suất học bổng cho học sinh nghèo",
                       "giúp {n} hộ thoát nghèo bền vững"],
    "doi-song-xa-hoi": ["vận động {n} hộ phân loại rác tại nguồn", "trồng {n} cây xanh trên các tuyến đường",
                        "hòa giải thành công {n} vụ việc ở cơ sở"],
}
OPENINGS = [
    "{title} là gương điển hình tiên tiến của {unit} trong phong trào thi đua yêu nước.",
    "Nhắc đến {title}, người dân {unit} ai cũng nhớ đến tinh thần dám nghĩ, dám làm.",
    "Bằng sự bền bỉ và sáng tạo, {title} đã trở thành điểm sáng của {unit}.",
    "Từ những việc nhỏ, {title} đã tạo nên thay đổi rõ rệt cho cộng đồng ở {unit}.",
]
METHODS = [
    "Ban đầu không ít người còn e ngại, nhưng bằng cách làm trước để mọi người cùng thấy, kết quả dần được khẳng định.",
    "Mọi việc được bàn bạc công khai, có kế hoạch cụ thể theo từng quý và được kiểm tra, đánh giá định kỳ.",
    "Những khó khăn về kinh phí được tháo gỡ nhờ sự đồng lòng của bà con và sự hỗ trợ của chính quyền địa phương.",
    "Kinh nghiệm được ghi chép lại thành tài liệu hướng dẫn ngắn gọn để các đơn vị khác có thể học tập, nhân rộng.",
    "Việc ứng dụng công nghệ thông tin giúp theo dõi tiến độ minh bạch và tiết kiệm nhiều thời gian.",
    "Các thành viên được phân công rõ người, rõ việc, rõ thời hạn, nên công việc luôn hoàn thành đúng kế hoạch.",
    "Sự kiên trì thuyết phục, đi từng ngõ, gõ từng nhà là chìa khóa để tạo được đồng thuận trong nhân dân.",
    "Mỗi kết quả đạt được đều có minh chứng cụ thể, được tập thể ghi nhận và cấp có thẩm quyền xác nhận.",
]
QUOTES = [
    "Việc gì có lợi cho dân thì mình cố gắng làm đến nơi đến chốn.",
    "Thành tích này là của cả tập thể, tôi chỉ là người đi đầu.",
    "Khi mọi người cùng chung tay thì việc khó mấy cũng làm được.",
    "Tôi mong cách làm này được nhân rộng để nhiều người cùng được hưởng lợi.",
    "Mỗi ngày làm một việc tốt, lâu dần sẽ thành thói quen tốt.",
]
EVIDENCE = ["Quyết định khen thưởng số {decision}", "Biên bản nghiệm thu kết quả", "Xác nhận của Ủy ban nhân dân xã",
            "Báo cáo tổng kết phong trào thi đua năm {year}", "Giấy chứng nhận sáng kiến"]
TAGS = ["thi đua yêu nước", "người tốt việc tốt", "sáng kiến", "chuyển đổi số", "nông thôn mới", "khuyến học",
        "an sinh", "môi trường", "thanh niên", "phụ nữ", "cựu chiến binh", "doanh nghiệp"]
