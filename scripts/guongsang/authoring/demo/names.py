"""Vietnamese names for synthetic profiles: people, places, units and collectives.

Every person, place and unit made from these lists is fictional. Family names
carry rough real-world weights so that "Nguyễn" is common and "Quách" rare.
"""

from __future__ import annotations

# (family name, weight)
FAMILY: list[tuple[str, int]] = [
    ("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 3), ("Phan", 4), ("Vũ", 4),
    ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2), ("Ngô", 2), ("Dương", 2), ("Lý", 1), ("Đinh", 1),
    ("Mai", 1), ("Trịnh", 1), ("Đoàn", 1), ("Lương", 1), ("Hà", 1), ("Tạ", 1), ("Quách", 1), ("Cao", 1),
    ("Chu", 1), ("Lâm", 1), ("Thái", 1), ("Tô", 1), ("Kiều", 1), ("Triệu", 1), ("Vương", 1), ("La", 1),
    ("Khúc", 1), ("Nông", 1), ("Âu", 1), ("Thân", 1), ("Châu", 1), ("Tăng", 1), ("Văn", 1),
]
MIDDLE_M = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Ngọc", "Xuân", "Đình", "Trọng",
            "Quốc", "Bá", "Duy", "Tiến", "Hoàng", "Mạnh", "Thế", "Anh", "Viết", "Khắc", "Đăng", "Tấn", "Trung"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bích", "Hồng", "Mỹ", "Diệu", "Phương", "Minh",
            "Hoài", "Thùy", "Khánh", "Quỳnh", "Tuyết", "Lan", "Hải", "Bảo", "Ánh", "Cẩm", "Thúy", "Mai", "Xuân"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Lâm", "Long", "Nam", "Phúc", "Quân",
           "Sơn", "Tài", "Thắng", "Tiến", "Trung", "Tuấn", "Việt", "Vinh", "Lực", "Toàn", "Hiếu", "Kiên", "Bảo",
           "Cảnh", "Chiến", "Công", "Duy", "Đông", "Giang", "Hà", "Hậu", "Hiệp", "Hòa", "Huy", "Khải", "Khoa",
           "Lộc", "Luân", "Mạnh", "Minh", "Nghĩa", "Nhân", "Phong", "Phương", "Quang", "Quý", "Sang", "Tâm",
           "Thành", "Thái", "Thịnh", "Thông", "Trí", "Trọng", "Tú", "Tùng", "Vũ", "Vương", "Hưng", "Định", "Thuận"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hường", "Hương", "Lan", "Liên", "Linh", "Mai",
           "Nga", "Ngân", "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Hằng",
           "Bích", "Châu", "Diệp", "Duyên", "Gấm", "Hiền", "Hồng", "Huệ", "Huyền", "Khuê", "Lệ", "Loan", "Lụa",
           "Ly", "Mơ", "My", "Nguyệt", "Nhàn", "Nhi", "Nương", "Phương", "Quế", "Quỳnh", "Sen", "Tâm", "Thắm",
           "Thơ", "Thu", "Thư", "Thúy", "Tiên", "Trâm", "Uyên", "Vy", "Xuân", "Yên", "Hậu", "Đào"]
# Highland names (family, male middle, female middle, given names) for a little variety.
HIGHLAND_FAMILY = ["Lò", "Lù", "Sùng", "Giàng", "Thào", "Vàng", "Hờ", "Mùa", "Cầm", "Quàng"]
HIGHLAND_MIDDLE_M = ["A", "Seo", "Văn", "Mí"]
HIGHLAND_MIDDLE_F = ["Thị", "Thị", "Mỷ"]
HIGHLAND_GIVEN_M = ["Páo", "Chu", "Dế", "Súa", "Pấng", "Khoa", "Lử", "Tủa", "Chứ", "Sinh"]
HIGHLAND_GIVEN_F = ["Mỷ", "Dua", "Pà", "Sua", "Chia", "Xúa", "Dợ", "Lan", "Ván", "Pằng"]

# Fictional provinces; each gets its own communes and departments.
PROVINCES = ["Lâm Giang", "Vân Lĩnh", "Phú Nguyên", "Trà Sơn", "Hải Đông", "Ngọc Lâm"]
PLACE_SYLLABLES = ["An", "Bình", "Phú", "Tân", "Hòa", "Lạc", "Đông", "Tây", "Thạnh", "Mỹ", "Long", "Phước",
                   "Hưng", "Thịnh", "Yên", "Sơn", "Thủy", "Vĩnh", "Quang", "Minh", "Đồng", "Trung", "Nghĩa",
                   "Lộc", "Thuận", "Khánh", "Hiệp", "Cẩm", "Xuân", "Hợp", "Thái", "Định", "Hải", "Tiên", "Đức"]
VILLAGE_PREFIX = ["thôn", "thôn", "thôn", "ấp", "ấp", "bản", "xóm", "buôn"]  # in communes
QUARTER_PREFIX = ["tổ dân phố", "khu phố"]  # in wards
VILLAGE_NAMES = ["Đồng Tâm", "Tân Lập", "Bãi Sậy", "Gò Mít", "Cây Đa", "Nà Pha", "Đầu Cầu", "Làng Mới",
                 "Bến Đò", "Trung Hòa", "Khe Mát", "Bình Minh", "Đồng Chùa", "Rẫy Cũ", "Suối Thơm", "Xóm Chợ",
                 "Hạ Long Thành", "Thượng Điền", "Bàu Sen", "Cồn Trôi", "Phú Mỹ", "Đông Lĩnh", "Bắc Sơn", "Nam Hà"]

# Provincial departments (name, sectors their exemplars usually come from).
DEPARTMENTS: list[tuple[str, str, list[str]]] = [
    ("Sở Giáo dục và Đào tạo", "SGDĐT", ["giao-duc-dao-tao"]),
    ("Sở Y tế", "SYT", ["y-te"]),
    ("Sở Nông nghiệp và Môi trường", "SNNMT", ["nong-nghiep-nong-thon-moi", "doi-song-xa-hoi"]),
    ("Sở Khoa học và Công nghệ", "SKHCN", ["khoa-hoc-cong-nghe", "thong-tin-truyen-thong"]),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", ["van-hoa-nghe-thuat-the-thao"]),
    ("Sở Tài chính", "STC", ["tai-chinh-ngan-hang-thue-bhxh"]),
    ("Sở Nội vụ", "SNV", ["xay-dung-dang-chinh-quyen", "cai-cach-hanh-chinh", "an-sinh-xa-hoi"]),
    ("Sở Công Thương", "SCT", ["cong-thuong-xay-dung-giao-thong"]),
    ("Sở Xây dựng", "SXD", ["cong-thuong-xay-dung-giao-thong"]),
    ("Công an tỉnh", "CAT", ["quoc-phong-an-ninh"]),
    ("Bộ Chỉ huy Quân sự tỉnh", "BCH", ["quoc-phong-an-ninh"]),
    ("Sở Ngoại vụ", "SNgV", ["doi-ngoai"]),
    ("Bảo hiểm xã hội tỉnh", "BHXH", ["tai-chinh-ngan-hang-thue-bhxh"]),
]
# Ministries that confer awards at the "bo-nganh-tinh" level, by sector: (name, abbreviation in decision numbers).
MINISTRIES: dict[str, tuple[str, str]] = {
    "quoc-phong-an-ninh": ("Bộ Công an", "BCA"), "cong-thuong-xay-dung-giao-thong": ("Bộ Công Thương", "BCT"),
    "nong-nghiep-nong-thon-moi": ("Bộ Nông nghiệp và Môi trường", "BNNMT"), "tai-chinh-ngan-hang-thue-bhxh": ("Bộ Tài chính", "BTC"),
    "y-te": ("Bộ Y tế", "BYT"), "giao-duc-dao-tao": ("Bộ Giáo dục và Đào tạo", "BGDĐT"),
    "khoa-hoc-cong-nghe": ("Bộ Khoa học và Công nghệ", "BKHCN"), "van-hoa-nghe-thuat-the-thao": ("Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL"),
    "doi-ngoai": ("Bộ Ngoại giao", "BNG"), "cai-cach-hanh-chinh": ("Bộ Nội vụ", "BNV"), "an-sinh-xa-hoi": ("Bộ Nội vụ", "BNV"),
}
# Sectors commune exemplars come from, with weights.
COMMUNE_SECTORS: dict[str, int] = {
    "xay-dung-dang-chinh-quyen": 8, "quoc-phong-an-ninh": 6, "cong-thuong-xay-dung-giao-thong": 5,
    "nong-nghiep-nong-thon-moi": 16, "tai-chinh-ngan-hang-thue-bhxh": 3, "y-te": 7, "giao-duc-dao-tao": 9,
    "khoa-hoc-cong-nghe": 3, "van-hoa-nghe-thuat-the-thao": 6, "doi-ngoai": 1, "thong-tin-truyen-thong": 5,
    "cai-cach-hanh-chinh": 6, "an-sinh-xa-hoi": 10, "doi-song-xa-hoi": 12,
}

# Collective names per sector; {place} is a commune, {village} a village, {province} the province.
COLLECTIVES: dict[str, list[str]] = {
    "xay-dung-dang-chinh-quyen": ["Chi bộ {village}", "Đảng ủy {commune}", "Ban Dân vận Đảng ủy {commune}",
                                  "Ủy ban Mặt trận Tổ quốc {commune}", "Hội Phụ nữ {commune}", "Chi hội Cựu chiến binh {village}",
                                  "Đoàn Thanh niên {commune}", "Hội Nông dân {commune}"],
    "quoc-phong-an-ninh": ["Công an {commune}", "Ban Chỉ huy quân sự {commune}", "Tổ bảo vệ an ninh, trật tự {village}",
                           "Tổ tự quản an ninh {village}", "Trung đội dân quân cơ động {commune}", "Đội phòng cháy, chữa cháy cơ sở {village}"],
    "cong-thuong-xay-dung-giao-thong": ["Hợp tác xã vận tải {place}", "Ban Quản lý chợ {place}", "Tổ thợ xây {village}",
                                        "Hợp tác xã dịch vụ điện {place}", "Tổ tự quản giao thông {village}", "Làng nghề mây tre đan {village}"],
    "nong-nghiep-nong-thon-moi": ["Hợp tác xã nông nghiệp {place}", "Tổ hợp tác trồng bưởi {village}", "Tổ hợp tác nuôi ong {village}",
                                  "Hợp tác xã rau an toàn {place}", "Chi hội nông dân {village}", "Tổ hợp tác nuôi tôm {village}",
                                  "Hợp tác xã chè {place}", "Ban phát triển {village}"],
    "tai-chinh-ngan-hang-thue-bhxh": ["Tổ tiết kiệm và vay vốn {village}", "Điểm giao dịch Ngân hàng Chính sách xã hội {commune}",
                                      "Đội thuế liên {commune}", "Tổ dịch vụ thu bảo hiểm xã hội {commune}", "Quỹ tín dụng nhân dân {place}"],
    "y-te": ["Trạm Y tế {commune}", "Khoa Nhi, Bệnh viện Đa khoa tỉnh {province}", "Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh {province}",
             "Tổ y tế lưu động {commune}", "Khoa Sản, Trung tâm Y tế khu vực {place}", "Tổ y tế thôn bản {village}"],
    "giao-duc-dao-tao": ["Trường Tiểu học {place}", "Trường THCS {place}", "Trường Mầm non {place}", "Trường THPT {place}",
                         "Tổ Toán – Tin, Trường THPT {place}", "Trường Phổ thông dân tộc bán trú {place}", "Tổ Ngữ văn, Trường THCS {place}",
                         "Điểm trường {village}"],
    "khoa-hoc-cong-nghe": ["Trạm Khuyến nông {commune}", "Phòng thí nghiệm Trung tâm Ứng dụng khoa học tỉnh {province}",
                           "Nhóm nghiên cứu giống lúa {place}", "Câu lạc bộ sáng tạo trẻ {commune}", "Tổ kỹ thuật Hợp tác {commune}"],
    "van-hoa-nghe-thuat-the-thao": ["Câu lạc bộ dân ca {place}", "Đội văn nghệ {village}", "Câu lạc bộ võ cổ truyền {commune}",
                                    "Đội cồng chiêng {village}", "Câu lạc bộ bóng chuyền {village}", "Nhà văn hóa {village}",
                                    "Câu lạc bộ thơ {place}"],
    "doi-ngoai": ["Hội Hữu nghị {commune}", "Tổ công tác biên giới {commune}", "Câu lạc bộ ngoại ngữ {place}",
                  "Ban Liên lạc người lao động ở nước ngoài {commune}"],
    "thong-tin-truyen-thong": ["Tổ công nghệ số cộng đồng {village}", "Đài Truyền thanh {commune}", "Điểm bưu điện văn hóa {commune}",
                               "Tổ công nghệ số cộng đồng {commune}", "Ban biên tập trang thông tin điện tử {commune}"],
    "cai-cach-hanh-chinh": ["Bộ phận Một cửa {commune}", "Văn phòng Ủy ban nhân dân {commune}", "Tổ tư pháp – hộ tịch {commune}",
                            "Trung tâm Phục vụ hành chính công tỉnh {province}", "Tổ địa chính {commune}"],
    "an-sinh-xa-hoi": ["Chi hội Chữ thập đỏ {village}", "Quỹ khuyến học {village}", "Tổ tình nguyện {village}",
                       "Hội Người cao tuổi {commune}", "Bếp ăn từ thiện {place}", "Hội Khuyến học {commune}"],
    "doi-song-xa-hoi": ["Tổ dân phố {village}", "Tổ hòa giải {village}", "Câu lạc bộ phụ nữ {village}", "Chi hội Phụ nữ {village}",
                        "Đội thanh niên tình nguyện {commune}", "Tổ tự quản môi trường {village}", "Dòng họ {family} {village}"],
}
# Roles of the person who speaks for a collective in its quote.
LEADER_ROLES = ["Trưởng", "Trưởng", "Phó Trưởng", "Chủ nhiệm", "Giám đốc", "Bí thư", "Chủ tịch", "Tổ trưởng", "Đội trưởng"]
# Roles of individuals per sector (nouns that read after "anh", "chị", "ông", "bà").
ROLES: dict[str, list[str]] = {
    "xay-dung-dang-chinh-quyen": ["Bí thư chi bộ", "trưởng thôn", "Chủ tịch Hội Phụ nữ xã", "cán bộ Mặt trận", "Bí thư Đoàn xã"],
    "quoc-phong-an-ninh": ["công an xã", "chỉ huy trưởng quân sự xã", "dân quân tự vệ", "cảnh sát phòng cháy", "tổ trưởng an ninh"],
    "cong-thuong-xay-dung-giao-thong": ["kỹ sư cầu đường", "chủ cơ sở sản xuất", "công nhân vận hành", "thợ cả", "tiểu thương"],
    "nong-nghiep-nong-thon-moi": ["nông dân", "chủ trang trại", "cán bộ khuyến nông", "giám đốc hợp tác xã", "người nuôi ong"],
    "tai-chinh-ngan-hang-thue-bhxh": ["cán bộ tín dụng", "công chức thuế", "nhân viên thu bảo hiểm", "kế toán xã"],
    "y-te": ["bác sĩ", "y sĩ", "điều dưỡng", "nữ hộ sinh", "nhân viên y tế thôn bản"],
    "giao-duc-dao-tao": ["giáo viên", "hiệu trưởng", "giáo viên mầm non", "học sinh", "sinh viên"],
    "khoa-hoc-cong-nghe": ["kỹ sư", "kỹ thuật viên", "nhà nghiên cứu", "nông dân sáng chế", "thạc sĩ"],
    "van-hoa-nghe-thuat-the-thao": ["nghệ nhân", "huấn luyện viên", "vận động viên", "diễn viên", "người sưu tầm văn hóa"],
    "doi-ngoai": ["cán bộ đối ngoại", "phiên dịch viên", "doanh nhân", "cán bộ biên phòng"],
    "thong-tin-truyen-thong": ["phóng viên", "kỹ sư phần mềm", "thành viên tổ công nghệ số", "phát thanh viên"],
    "cai-cach-hanh-chinh": ["công chức một cửa", "công chức tư pháp – hộ tịch", "công chức địa chính", "văn thư"],
    "an-sinh-xa-hoi": ["tình nguyện viên", "cán bộ lao động – xã hội", "chủ nhiệm hội khuyến học", "cựu chiến binh"],
    "doi-song-xa-hoi": ["tổ trưởng tổ dân phố", "hòa giải viên", "người có uy tín", "hội viên phụ nữ", "cựu chiến binh"],
}
REPORTERS = ["Ban Thi đua – Khen thưởng", "Phòng Văn hóa – Xã hội", "Văn phòng", "Ban Tuyên giáo và Dân vận",
             "Tổ truyền thông"]
