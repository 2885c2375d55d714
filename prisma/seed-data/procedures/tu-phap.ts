/** Lý lịch tư pháp — Sở Tư pháp. */
import type { SeedProcedure } from "../types";
import { AG, comp, L, PUB } from "./_common";

export const tuPhapProcedures: SeedProcedure[] = [
  {
    code: "2.000488",
    name: "Cấp Phiếu lý lịch tư pháp",
    fieldCode: "LLTP",
    lifeEventCodes: ["VIEC_LAM", "NHAN_CON_NUOI", "KHOI_SU_KINH_DOANH"],
    level: "PROVINCE",
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    decidingAgencyCode: AG.SO_TU_PHAP,
    implementingAgencyCodes: [AG.SO_TU_PHAP],
    conditions:
      "Công dân Việt Nam có nơi thường trú hoặc tạm trú trên địa bàn tỉnh; người nước ngoài đã hoặc đang cư trú tại Việt Nam. Phiếu lý lịch tư pháp số 1 cấp cho cá nhân, cơ quan, tổ chức có yêu cầu; Phiếu số 2 cấp cho cơ quan tiến hành tố tụng hoặc theo yêu cầu của chính cá nhân đó. Người yêu cầu Phiếu số 1 có thể ủy quyền cho người khác làm thủ tục; Phiếu số 2 không được ủy quyền. Có thể nộp trực tuyến qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID không phụ thuộc nơi cư trú.",
    steps: [
      "Người yêu cầu nộp Tờ khai và giấy tờ kèm theo tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID.",
      "Sở Tư pháp kiểm tra hồ sơ: hồ sơ hợp lệ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả, thu phí; chưa hợp lệ thì hướng dẫn bổ sung một lần.",
      "Sở Tư pháp tra cứu cơ sở dữ liệu lý lịch tư pháp; trường hợp cần thiết gửi yêu cầu tra cứu đến Trung tâm Lý lịch tư pháp quốc gia, cơ quan công an, Tòa án và các cơ quan liên quan.",
      "Giám đốc Sở Tư pháp ký Phiếu lý lịch tư pháp; trường hợp từ chối cấp phải thông báo bằng văn bản và nêu rõ lý do.",
      "Trả Phiếu lý lịch tư pháp (bản giấy hoặc bản điện tử gửi vào tài khoản định danh điện tử của người yêu cầu).",
    ],
    components: [
      comp("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu", "ORIGINAL", {
        templateName: "to-khai-yeu-cau-cap-phieu-lltp.docx",
        note: "Mẫu dành cho cá nhân trực tiếp yêu cầu hoặc mẫu dành cho trường hợp ủy quyền (chỉ áp dụng Phiếu số 1)",
      }),
      comp("Bản chụp giấy tờ tùy thân (Căn cước, Thẻ căn cước công dân, Hộ chiếu) của người được cấp Phiếu lý lịch tư pháp", "COPY", {
        note: "Không phải nộp khi nộp trực tuyến bằng tài khoản định danh điện tử mức độ 2",
      }),
      comp("Bản chụp giấy tờ chứng minh nơi cư trú", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin cư trú đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư",
      }),
      comp("Văn bản ủy quyền (trường hợp ủy quyền yêu cầu cấp Phiếu số 1)", "ORIGINAL", {
        required: false,
        note: "Không phải công chứng, chứng thực nếu người được ủy quyền là cha, mẹ, vợ, chồng, con của người ủy quyền",
      }),
      comp("Giấy tờ chứng minh thuộc đối tượng được miễn, giảm phí (nếu có)", "COPY", { required: false }),
    ],
    numberOfSets: 1,
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Không quá 10 ngày làm việc kể từ ngày nhận yêu cầu hợp lệ; trường hợp người được cấp Phiếu là công dân Việt Nam đã cư trú ở nhiều nơi hoặc có thời gian cư trú ở nước ngoài, người nước ngoài, hoặc phải xác minh về điều kiện đương nhiên được xóa án tích thì không quá 15 ngày.",
    fees: [
      {
        name: "Phí cung cấp thông tin lý lịch tư pháp",
        amount: 200000,
        note: "200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người; miễn cho trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo, người cư trú tại xã đặc biệt khó khăn; trường hợp yêu cầu cấp trên 02 Phiếu trong một lần thì từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu",
        legalBasis: "Thông tư số 244/2016/TT-BTC",
      },
    ],
    result: "Phiếu lý lịch tư pháp số 1 hoặc Phiếu lý lịch tư pháp số 2 (bản giấy hoặc bản điện tử).",
    legalBasis: [L.LUAT_LLTP, L.ND_111_2010, L.TT_244_2016_BTC],
    locationIndependent: true,
    ...PUB.LLTP,
  },
];
