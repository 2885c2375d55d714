/** Thủ tục liên thông điện tử theo Nghị định số 63/2024/NĐ-CP (nhóm khai sinh và nhóm khai tử). */
import type { SeedProcedure } from "../types";
import { AG, comp, ID_DOC, L, PUB, UY_QUYEN } from "./_common";

const COMMON = {
  fieldCode: "HT",
  level: "COMMUNE" as const,
  audience: "CITIZEN" as const,
  onlineLevel: "FULL" as const,
  channels: ["ONLINE" as const, "COUNTER" as const],
  decidingAgencyCode: null,
  implementingAgencyCodes: [],
  numberOfSets: 1,
  locationIndependent: true,
  ...PUB.LIEN_THONG,
};

export const lienThongProcedures: SeedProcedure[] = [
  {
    ...COMMON,
    code: "1.012556",
    name: "Liên thông các thủ tục hành chính: Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    lifeEventCodes: ["KHAI_SINH", "CU_TRU", "Y_TE"],
    conditions:
      "Trẻ em được đăng ký khai sinh tại Việt Nam; cha, mẹ hoặc người có trách nhiệm đi khai sinh có tài khoản định danh điện tử mức độ 2 khi nộp trực tuyến. Nơi đăng ký thường trú của trẻ là nơi thường trú của cha, mẹ hoặc một trong hai người (hoặc chỗ ở hợp pháp khác khi được chủ hộ, chủ sở hữu đồng ý). Người yêu cầu có thể lựa chọn thực hiện liên thông cả 03 thủ tục hoặc 02 thủ tục (khai sinh – thường trú, khai sinh – bảo hiểm y tế).",
    steps: [
      "Người yêu cầu kê khai Tờ khai điện tử liên thông trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID hoặc nộp hồ sơ giấy tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã (cán bộ một cửa số hóa hồ sơ).",
      "Ủy ban nhân dân cấp xã (công chức tư pháp - hộ tịch) đăng ký khai sinh, cấp số định danh cá nhân cho trẻ và chuyển dữ liệu liên thông.",
      "Công an cấp xã đăng ký thường trú cho trẻ trên cơ sở dữ liệu khai sinh và nơi thường trú của cha, mẹ.",
      "Bảo hiểm xã hội tỉnh cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi, cập nhật thẻ điện tử trên ứng dụng VNeID, VssID.",
      "Người yêu cầu nhận Giấy khai sinh (bản điện tử và bản giấy nếu có yêu cầu), thông báo kết quả đăng ký thường trú và thẻ bảo hiểm y tế qua tài khoản định danh điện tử, bưu chính hoặc tại Bộ phận Một cửa.",
    ],
    components: [
      comp("Tờ khai điện tử liên thông (đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế) theo mẫu", "ORIGINAL", {
        templateName: "to-khai-lien-thong-khai-sinh-thuong-tru-bhyt.docx",
        note: "Người yêu cầu có thể kê khai tờ khai giấy tương ứng với từng thủ tục khi nộp trực tiếp",
      }),
      comp("Giấy chứng sinh (bản điện tử hoặc bản chụp) hoặc giấy tờ thay thế Giấy chứng sinh", "ORIGINAL_OR_COPY"),
      comp("Văn bản đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp (trường hợp đăng ký thường trú cho trẻ tại nơi khác nơi thường trú của cha, mẹ)", "ORIGINAL", {
        required: false,
      }),
      ID_DOC,
      UY_QUYEN,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Tổng thời gian không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ: đăng ký khai sinh 01 ngày làm việc; đăng ký thường trú 03 ngày làm việc; cấp thẻ bảo hiểm y tế 01 ngày làm việc.",
    fees: [
      {
        name: "Lệ phí đăng ký khai sinh",
        amount: 0,
        note: "Miễn lệ phí đăng ký khai sinh đúng hạn",
        legalBasis: "Luật Hộ tịch 2014, Điều 11",
      },
      {
        name: "Lệ phí đăng ký thường trú",
        amount: 0,
        note: "Miễn lệ phí đăng ký cư trú cho trẻ em",
        legalBasis: "Thông tư số 75/2022/TT-BTC",
      },
      {
        name: "Phí cấp thẻ bảo hiểm y tế",
        amount: 0,
        note: "Ngân sách nhà nước đóng bảo hiểm y tế cho trẻ em dưới 6 tuổi",
      },
    ],
    result:
      "Giấy khai sinh (bản điện tử; bản giấy nếu có yêu cầu); thông báo kết quả đăng ký thường trú; thẻ bảo hiểm y tế của trẻ em dưới 6 tuổi.",
    legalBasis: [L.ND_63_2024, L.LUAT_HO_TICH, L.ND_123_2015, L.LUAT_CU_TRU, L.ND_154_2024, L.LUAT_BHYT, L.LUAT_BHYT_2024, L.ND_188_2025, L.ND_118_2025],
    route: [
      {
        agencyKind: "COMMUNE",
        description: "Ủy ban nhân dân cấp xã (công chức tư pháp - hộ tịch): đăng ký khai sinh, cấp số định danh cá nhân cho trẻ",
        timeLimit: 1,
        timeUnit: "WORKING_DAY",
      },
      {
        agencyKind: "POLICE",
        description: "Công an cấp xã: đăng ký thường trú cho trẻ",
        timeLimit: 3,
        timeUnit: "WORKING_DAY",
      },
      {
        agencyKind: "SOCIAL_INSURANCE",
        agencyCode: AG.BHXH_TINH,
        description: "Bảo hiểm xã hội tỉnh: cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
        timeLimit: 1,
        timeUnit: "WORKING_DAY",
      },
    ],
  },
  {
    ...COMMON,
    code: "1.012557",
    name: "Liên thông các thủ tục hành chính: Đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng",
    lifeEventCodes: ["KHAI_TU", "CU_TRU", "TRO_GIUP_XA_HOI"],
    conditions:
      "Người chết có nơi cư trú cuối cùng trên địa bàn tỉnh. Người đi đăng ký khai tử là vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người chết. Việc hỗ trợ chi phí mai táng chỉ áp dụng khi người chết thuộc diện được hỗ trợ theo Nghị định số 20/2021/NĐ-CP (đã sửa đổi, bổ sung); trường hợp người chết thuộc diện hưởng mai táng phí, trợ cấp tuất từ quỹ bảo hiểm xã hội thì hồ sơ được chuyển đến cơ quan bảo hiểm xã hội.",
    steps: [
      "Người yêu cầu kê khai Tờ khai điện tử liên thông trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID hoặc nộp hồ sơ giấy tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã.",
      "Ủy ban nhân dân cấp xã (công chức tư pháp - hộ tịch) đăng ký khai tử và chuyển dữ liệu liên thông.",
      "Công an cấp xã xóa đăng ký thường trú của người chết trong Cơ sở dữ liệu về cư trú.",
      "Ủy ban nhân dân cấp xã (công chức văn hóa - xã hội) xem xét, Chủ tịch Ủy ban nhân dân cấp xã quyết định hỗ trợ chi phí mai táng đối với trường hợp đủ điều kiện.",
      "Người yêu cầu nhận Trích lục khai tử, thông báo xóa đăng ký thường trú và quyết định hỗ trợ chi phí mai táng qua tài khoản định danh điện tử, bưu chính hoặc tại Bộ phận Một cửa.",
    ],
    components: [
      comp("Tờ khai điện tử liên thông (đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng) theo mẫu", "ORIGINAL", {
        templateName: "to-khai-lien-thong-khai-tu-xoa-thuong-tru-mai-tang.docx",
      }),
      comp("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử (bản điện tử hoặc bản chụp)", "ORIGINAL_OR_COPY"),
      comp("Giấy tờ chứng minh người chết thuộc diện được hỗ trợ chi phí mai táng (nếu thông tin chưa có trong cơ sở dữ liệu)", "COPY", {
        required: false,
      }),
      ID_DOC,
      UY_QUYEN,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Tổng thời gian không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ: đăng ký khai tử 01 ngày làm việc; xóa đăng ký thường trú 01 ngày làm việc; hỗ trợ chi phí mai táng 03 ngày làm việc.",
    fees: [
      {
        name: "Lệ phí đăng ký khai tử",
        amount: 0,
        note: "Miễn lệ phí đăng ký khai tử đúng hạn",
        legalBasis: "Luật Hộ tịch 2014, Điều 11",
      },
      { name: "Lệ phí xóa đăng ký thường trú", amount: 0, note: "Không thu lệ phí" },
    ],
    result:
      "Trích lục khai tử; thông báo kết quả xóa đăng ký thường trú; quyết định hỗ trợ chi phí mai táng (đối với trường hợp đủ điều kiện).",
    legalBasis: [L.ND_63_2024, L.LUAT_HO_TICH, L.ND_123_2015, L.LUAT_CU_TRU, L.ND_154_2024, L.ND_20_2021, L.ND_76_2024, L.ND_118_2025],
    route: [
      {
        agencyKind: "COMMUNE",
        description: "Ủy ban nhân dân cấp xã (công chức tư pháp - hộ tịch): đăng ký khai tử",
        timeLimit: 1,
        timeUnit: "WORKING_DAY",
      },
      {
        agencyKind: "POLICE",
        description: "Công an cấp xã: xóa đăng ký thường trú của người chết",
        timeLimit: 1,
        timeUnit: "WORKING_DAY",
      },
      {
        agencyKind: "COMMUNE",
        description: "Ủy ban nhân dân cấp xã (công chức văn hóa - xã hội): giải quyết hỗ trợ chi phí mai táng",
        timeLimit: 3,
        timeUnit: "WORKING_DAY",
      },
    ],
  },
];
