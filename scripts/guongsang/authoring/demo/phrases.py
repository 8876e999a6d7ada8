"""Generic Vietnamese sentences for synthetic profiles, shared by every sector.

Slots: ``{ref}`` the exemplar in running text ("chị Hoa", "Trạm Y tế xã Phú An"),
``{it}`` a short subject ("chị", "tập thể", "gia đình"), ``{full}`` the title,
``{role}``, ``{place}`` (commune), ``{village}``, ``{unit}``, ``{province}``,
and ``{a-b}`` a whole number between a and b. Templates are capitalised after
filling, so a slot may start a sentence.
"""

from __future__ import annotations

# Opening paragraphs, by group of kinds: person (individual, emerging exemplar), group, household, model.
OPENINGS: dict[str, list[str]] = {
    "person": [
        "{full}, {role} ở {village}, {place}, là gương mặt quen thuộc với bà con trong vùng.",
        "Hơn {5-25} năm gắn bó với công việc {role}, {ref} đã trở thành chỗ dựa tin cậy của người dân {place}.",
        "Nhắc đến {ref}, người dân {place} ai cũng nhớ đến tinh thần dám nghĩ, dám làm.",
        "Không ồn ào, {ref} lặng lẽ làm những việc nhỏ mà ý nghĩa cho cộng đồng {village}.",
        "Sinh ra và lớn lên ở {village}, {full} hiểu rõ những khó khăn của quê hương mình.",
        "Là {role} của {unit}, {full} luôn nêu cao tinh thần trách nhiệm, tận tụy với công việc.",
        "Ở {place}, hỏi đến {ref} thì từ người già đến trẻ nhỏ đều biết.",
        "Câu chuyện của {ref} bắt đầu từ những trăn trở rất đời thường của một {role}.",
    ],
    "old": [
        "Đã ngoài {55-72} tuổi, {ref} vẫn miệt mài với công việc như những ngày đầu.",
        "Ở tuổi {55-72}, {ref} vẫn là người đi đầu trong mọi phong trào của {village}.",
    ],
    "young": [
        "Dù mới {22-35} tuổi, {ref} đã khẳng định được mình trong vai trò {role}.",
        "Là người trẻ, {ref} mang đến nhiều cách làm mới cho {unit}.",
    ],
    "group": [
        "{full} hiện có {8-60} thành viên, phần lớn là người địa phương.",
        "Thành lập từ năm {2005-2020}, {full} đã trở thành điểm sáng trong phong trào thi đua của {unit}.",
        "Từ một đơn vị còn nhiều khó khăn, {full} nay đã vươn lên dẫn đầu phong trào thi đua của {place}.",
        "Nhiều năm liền, {full} được {unit} chọn làm nơi tham quan, học tập kinh nghiệm.",
        "Điều làm nên thành công của {full} là sự đoàn kết và tinh thần dám nghĩ, dám làm của tập thể.",
        "Với {8-60} thành viên, {full} luôn hoàn thành xuất sắc nhiệm vụ được giao.",
    ],
    "household": [
        "{full} sống ở {village}, {place}, trước đây từng thuộc diện khó khăn của xã.",
        "Gia đình có {3-4} thế hệ cùng chung sống, luôn thuận hòa và gương mẫu chấp hành chủ trương của địa phương.",
        "Từ mảnh vườn tạp ở {village}, {full} đã làm nên sự đổi thay mà nhiều người mong ước.",
        "Hàng xóm ở {village} vẫn gọi vui nhà {ref} là “nhà của những việc tốt”.",
        "Nhiều năm liền, {full} được công nhận là gia đình văn hóa tiêu biểu của {place}.",
    ],
    "model": [
        "{full} ra đời từ năm {2015-2022}, xuất phát từ nhu cầu thực tế của người dân {place}.",
        "Bắt đầu chỉ với vài hộ tham gia, {full} nay đã lan rộng ra nhiều thôn của {place}.",
        "{full} là cách làm sáng tạo được {unit} đánh giá cao và đề nghị nhân rộng.",
        "Ý tưởng của {full} đơn giản nhưng hiệu quả, chi phí thấp và ai cũng có thể làm theo.",
        "Sau {2-6} năm triển khai, {full} đã chứng minh hiệu quả rõ rệt ở {village}.",
    ],
}
# A second sentence for the opening paragraph.
BACKGROUNDS = [
    "Những năm trước, {village} còn nhiều khó khăn, đường sá lầy lội, đời sống bà con chủ yếu dựa vào mấy sào ruộng.",
    "Xuất phát điểm không có gì thuận lợi, nhưng {it} luôn tâm niệm phải làm bằng được những việc đã hứa với dân.",
    "Công việc vất vả, thu nhập không cao, nhưng {it} chưa bao giờ nghĩ đến chuyện bỏ cuộc.",
    "Điều {it} trăn trở nhất là làm sao để người dân nơi đây có cuộc sống khấm khá hơn.",
    "Từ sự động viên của chi bộ và chính quyền, {it} mạnh dạn bắt tay vào việc.",
    "Mỗi việc làm của {it} đều bắt đầu từ câu hỏi: người dân đang cần gì?",
    "Có những lúc khó khăn tưởng chừng không vượt qua được, nhưng {it} vẫn kiên trì đến cùng.",
    "Được học tập, bồi dưỡng bài bản, {it} đem kiến thức mới về áp dụng ngay tại địa phương.",
]
METHODS = [
    "Ngay từ đầu, {it} xác định phải làm trước để mọi người cùng thấy, rồi mới vận động người khác làm theo.",
    "Mọi việc được bàn bạc công khai, có kế hoạch cụ thể theo từng quý và được kiểm tra, đánh giá định kỳ.",
    "Những khó khăn về kinh phí được tháo gỡ nhờ sự đồng lòng của bà con và sự hỗ trợ của chính quyền địa phương.",
    "Kinh nghiệm được ghi chép lại thành tài liệu hướng dẫn ngắn gọn để các đơn vị khác có thể học tập, nhân rộng.",
    "Việc ứng dụng công nghệ thông tin giúp theo dõi tiến độ minh bạch và tiết kiệm nhiều thời gian.",
    "Các thành viên được phân công rõ người, rõ việc, rõ thời hạn, nên công việc luôn hoàn thành đúng kế hoạch.",
    "Sự kiên trì thuyết phục, đi từng ngõ, gõ từng nhà là chìa khóa để tạo được đồng thuận trong nhân dân.",
    "Mỗi kết quả đạt được đều có minh chứng cụ thể, được tập thể ghi nhận và cấp có thẩm quyền xác nhận.",
    "{it} thường xuyên tham khảo cách làm hay ở các địa phương bạn, chọn lọc những gì phù hợp với điều kiện của {place}.",
    "Mỗi tối, {it} dành thời gian ghi lại những việc đã làm và những việc còn dang dở để hôm sau xử lý tiếp.",
    "Không chờ đợi, ỷ lại, {it} chủ động huy động nguồn lực tại chỗ, lấy sức dân lo cho dân.",
    "Những ý kiến góp ý, kể cả ý kiến trái chiều, đều được {it} lắng nghe và tiếp thu nghiêm túc.",
    "Trong quá trình thực hiện, {it} phối hợp chặt chẽ với Mặt trận, các đoàn thể và người có uy tín trong cộng đồng.",
    "Việc nhỏ thì làm ngay, việc lớn thì chia thành nhiều bước, mỗi bước có người theo dõi đến nơi đến chốn.",
    "Để người dân tin, {it} công khai mọi khoản thu chi và kết quả từng đợt trên bảng tin của thôn.",
    "Cách làm được điều chỉnh liên tục sau mỗi đợt, bỏ những gì không hiệu quả và giữ lại những gì người dân thấy hợp lý.",
    "Ban đầu chỉ có vài người hưởng ứng, nhưng khi thấy hiệu quả, số người tham gia tăng lên nhanh chóng.",
    "Với phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, mọi việc đều được thống nhất trước khi làm.",
    "{it} tranh thủ các buổi họp thôn, họp tổ để phổ biến cách làm và giải đáp thắc mắc của bà con.",
    "Lớp trẻ được giao những việc cần sức khỏe và công nghệ, người lớn tuổi đóng vai trò cố vấn, giữ nếp.",
    "Nguồn kinh phí ban đầu chủ yếu do {it} tự bỏ ra, sau đó mới được các nhà hảo tâm và chính quyền hỗ trợ thêm.",
    "Mỗi năm, {it} đặt ra một mục tiêu cụ thể, có số liệu đo đếm được để cùng nhau phấn đấu.",
    "Một nhóm Zalo được lập ra để mọi người trao đổi nhanh, báo cáo kết quả và nhắc nhau những việc cần làm.",
    "Những tấm gương làm tốt được biểu dương kịp thời trong các buổi sinh hoạt, tạo động lực cho người khác.",
    "{it} luôn coi trọng việc giữ chữ tín: đã hứa với dân việc gì thì làm bằng được việc ấy.",
    "Sự ủng hộ của gia đình là chỗ dựa lớn để {it} yên tâm dành nhiều thời gian cho công việc chung.",
    "Các buổi tập huấn được tổ chức ngắn gọn, có thực hành tại chỗ để người tham gia làm được ngay.",
    "Cứ sau mỗi đợt, {it} lại cùng mọi người ngồi lại rút kinh nghiệm, tìm cách làm tốt hơn cho đợt sau.",
    "Thay vì những khẩu hiệu chung chung, {it} chọn những việc cụ thể, thiết thực, nhìn thấy được kết quả.",
    "Việc phân công được điều chỉnh theo mùa vụ để không ảnh hưởng đến sản xuất và sinh hoạt của bà con.",
]
HOUSEHOLD_METHODS = [
    "Cả nhà cùng bàn bạc trước mỗi việc lớn, ai giỏi việc gì thì nhận việc đó.",
    "Con cháu trong nhà được dạy từ nhỏ phải chăm chỉ, tiết kiệm và biết giúp đỡ người khác.",
    "Mỗi vụ, gia đình ghi chép chi phí, thu nhập vào một cuốn sổ để tính toán cho vụ sau.",
    "Gia đình mạnh dạn vay vốn ưu đãi, đầu tư đúng chỗ và trả nợ đúng hạn.",
    "Những kinh nghiệm làm ăn được gia đình chia sẻ không giấu giếm với bà con trong thôn.",
    "Nếp nhà được giữ gìn qua những bữa cơm chung và những buổi sinh hoạt gia đình cuối tuần.",
]
DIFFICULTIES = [
    "Những ngày đầu, không ít người còn e ngại, cho rằng cách làm mới khó thành công.",
    "Có năm thiên tai, dịch bệnh làm mọi công sức gần như mất trắng, nhưng {it} vẫn không nản lòng.",
    "Khó khăn lớn nhất là thay đổi thói quen đã có từ lâu của người dân.",
    "Thiếu vốn, thiếu kinh nghiệm, {it} phải vừa làm vừa học, nhiều lần thất bại rồi mới tìm ra cách phù hợp.",
    "Địa bàn rộng, dân cư phân tán, có thôn cách trung tâm xã hàng chục cây số đường đèo dốc.",
    "Có thời điểm công việc dồn dập, {it} phải làm việc cả ngày nghỉ, ngày lễ.",
]
RESULTS = [
    "Nhờ đó, đời sống vật chất và tinh thần của bà con từng bước được nâng lên.",
    "Kết quả ấy đã được {unit} ghi nhận và đề nghị cấp trên khen thưởng.",
    "Từ chỗ hoài nghi, nay người dân đã tin tưởng và chủ động tham gia.",
    "Cách làm này đã được nhiều nơi trong tỉnh {province} đến tham quan, học tập.",
    "Điều đáng quý là những kết quả ấy được duy trì bền vững qua nhiều năm.",
    "Không chỉ mang lại lợi ích kinh tế, việc làm ấy còn góp phần gắn kết tình làng nghĩa xóm.",
    "Nhiều hộ ở các thôn lân cận đã học theo và cũng đạt kết quả tốt.",
    "Những con số cụ thể là minh chứng rõ nhất cho hiệu quả của cách làm này.",
]
CLOSINGS = [
    "Trong thời gian tới, {it} mong muốn tiếp tục nhân rộng cách làm ra các thôn lân cận.",
    "Câu chuyện của {ref} cho thấy mỗi việc làm nhỏ, nếu bền bỉ, đều có thể tạo nên thay đổi lớn.",
    "Với những gì đã làm được, {ref} xứng đáng là tấm gương sáng để mọi người học tập, noi theo.",
    "{ref} tiếp tục đặt ra những mục tiêu mới, cao hơn cho giai đoạn tiếp theo.",
    "Những việc làm ấy đang góp phần lan tỏa tinh thần thi đua yêu nước trong cộng đồng.",
    "Tấm gương của {ref} đang được các cấp, các ngành tuyên truyền, nhân rộng.",
]
PAST_AWARDS: dict[str, list[str]] = {
    "person": [
        "{2-8} năm liền đạt danh hiệu Lao động tiên tiến", "{2-5} năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở",
        "được tặng Giấy khen của Chủ tịch Ủy ban nhân dân {place} năm {2018-2021}",
        "được công nhận sáng kiến cấp cơ sở năm {2019-2021}",
    ],
    "group": [
        "{2-8} năm liền đạt danh hiệu Tập thể lao động tiên tiến", "được tặng Giấy khen của Chủ tịch Ủy ban nhân dân {place} năm {2018-2021}",
        "{2-5} năm liền được xếp loại hoàn thành xuất sắc nhiệm vụ",
    ],
    "household": [
        "{5-20} năm liền đạt danh hiệu Gia đình văn hóa", "được biểu dương tại Ngày hội Đại đoàn kết toàn dân tộc năm {2018-2021}",
    ],
    "model": [
        "được công nhận là mô hình tiêu biểu của {place} năm {2019-2021}", "được lựa chọn nhân rộng ra {3-12} thôn trong xã",
    ],
}
QUOTES: dict[str, list[str]] = {
    "person": [
        "Việc gì có lợi cho dân thì mình cố gắng làm đến nơi đến chốn.", "Thành tích này là của cả tập thể, tôi chỉ là người đi đầu.",
        "Tôi mong cách làm này được nhân rộng để nhiều người cùng được hưởng lợi.", "Mỗi ngày làm một việc tốt, lâu dần sẽ thành thói quen tốt.",
        "Được người dân tin tưởng là phần thưởng lớn nhất đối với tôi.", "Tôi chỉ làm những việc mà ai ở vị trí của tôi cũng sẽ làm.",
        "Khó mấy cũng phải làm, vì bà con đang chờ.", "Tôi học được nhiều nhất từ chính những người dân quanh mình.",
        "Làm việc gì cũng phải có tâm thì mới bền.", "Thất bại vài lần mới biết cách làm cho đúng.",
    ],
    "old": ["Còn sức khỏe thì tôi còn đóng góp cho quê hương.", "Tuổi cao nhưng chí không già, việc gì làm được thì tôi làm."],
    "young": ["Người trẻ chúng tôi không ngại khó, chỉ sợ không được giao việc.", "Tôi muốn chứng minh rằng người trẻ ở lại quê hương vẫn làm nên chuyện."],
    "group": [
        "Khi mọi người cùng chung tay thì việc khó mấy cũng làm được.", "Sự đoàn kết là tài sản quý nhất của tập thể chúng tôi.",
        "Mỗi thành viên là một mắt xích, thiếu ai cũng không được.", "Chúng tôi luôn lấy sự hài lòng của người dân làm thước đo.",
        "Phần thưởng này là động lực để tập thể tiếp tục phấn đấu.", "Làm được đến hôm nay là nhờ bà con tin tưởng và ủng hộ.",
    ],
    "household": [
        "Nhà có nếp thì con cháu mới nên người.", "Gia đình tôi chỉ mong làm ăn tử tế và giúp được bà con chòm xóm.",
        "Của cải làm ra là nhờ chịu khó, không có bí quyết gì cả.", "Cả nhà cùng bàn, cùng làm thì việc gì cũng xong.",
    ],
    "model": [
        "Cách làm đơn giản, chi phí thấp nên ai cũng có thể làm theo.", "Mô hình chỉ sống được khi người dân thấy có lợi.",
        "Chúng tôi bắt đầu từ những việc nhỏ nhất trong thôn.", "Người dân là chủ thể, chúng tôi chỉ là người kết nối.",
    ],
}
EVIDENCE = [
    "Báo cáo thành tích có xác nhận của thủ trưởng đơn vị", "Biên bản họp xét của Hội đồng Thi đua – Khen thưởng",
    "Xác nhận của Ủy ban nhân dân {place}", "Báo cáo tổng kết phong trào thi đua năm {year}", "Giấy chứng nhận sáng kiến",
    "Biên bản nghiệm thu công trình, sản phẩm", "Hình ảnh hoạt động, lưu tại {unit}", "Bài viết trên Cổng thông tin điện tử tỉnh {province}",
    "Số liệu thống kê của {unit} năm {year}", "Ý kiến nhận xét của cấp ủy nơi cư trú",
]
