/** Đường bộ — giấy phép lái xe (từ 01/3/2025 do cơ quan Công an thực hiện). */
import type { SeedProcedure } from "../types";
import { AG, comp, L, PUB } from "./_common";

const GPLX_BASIS = [L.LUAT_TTATGT, L.TT_12_2025_BCA, L.TT_37_2023_BTC];

const COMMON = {
  fieldCode: "DB",
  level: "PROVINCE" as const,
  audience: "CITIZEN" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: AG.CONG_AN_TINH,
  implementingAgencyCodes: [AG.CONG_AN_TINH],
  numberOfSets: 1,
  legalBasis: GPLX_BASIS,
  locationIndependent: true,
  ...PUB.GIAO_THONG,
};

const GPLX_FEE = {
  name: "Lệ phí cấp giấy phép lái xe",
  amount: 135000,
  note: "135.000 đồng/lần cấp (giấy phép lái xe bằng vật liệu PET hoặc bản điện tử)",
  legalBasis: "Thông tư số 37/2023/TT-BTC",
};

export const giaoThongProcedures: SeedProcedure[] = [
  {
    ...COMMON,
    code: "1.013140",
    name: "Cấp đổi giấy phép lái xe",
    lifeEventCodes: ["LAI_XE_PHUONG_TIEN"],
    onlineLevel: "FULL",
    conditions:
      "Người có giấy phép lái xe sắp hết thời hạn sử dụng (đổi trước thời hạn), bị hư hỏng, có sai lệch thông tin hoặc có nhu cầu đổi giấy phép lái xe do ngành Giao thông vận tải cấp; đổi giấy phép lái xe quân sự, giấy phép lái xe do nước ngoài cấp theo quy định. Giấy phép lái xe hạng B, C1, C, D1, D2, D, BE, C1E, CE, D1E, D2E, DE phải kèm giấy khám sức khỏe. Có thể nộp tại Phòng Cảnh sát giao thông Công an tỉnh bất kỳ hoặc trực tuyến không phụ thuộc nơi cư trú.",
    steps: [
      "Người đề nghị nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID hoặc nộp trực tiếp tại Phòng Cảnh sát giao thông Công an tỉnh, Trung tâm Phục vụ hành chính công tỉnh.",
      "Cán bộ tiếp nhận kiểm tra hồ sơ, đối chiếu dữ liệu giấy phép lái xe; chụp ảnh trực tiếp (trường hợp nộp tại trụ sở); hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.",
      "Người đề nghị nộp lệ phí (trực tuyến hoặc trực tiếp).",
      "Phòng Cảnh sát giao thông Công an tỉnh xét duyệt, in và cấp đổi giấy phép lái xe; thu hồi giấy phép lái xe cũ (trừ trường hợp nộp trực tuyến được cắt góc khi nhận kết quả).",
      "Trả giấy phép lái xe tại nơi tiếp nhận hoặc qua dịch vụ bưu chính; giấy phép lái xe điện tử được tích hợp trên ứng dụng VNeID.",
    ],
    components: [
      comp("Đơn đề nghị đổi, cấp lại giấy phép lái xe theo mẫu", "ORIGINAL", {
        templateName: "don-de-nghi-doi-cap-lai-gplx.docx",
        note: "Khi nộp trực tuyến, người đề nghị kê khai trực tiếp trên hệ thống",
      }),
      comp("Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp", "ORIGINAL", {
        required: false,
        note: "Bắt buộc đối với người đổi giấy phép lái xe hạng B, C1, C, D1, D2, D và các hạng E; dữ liệu có thể được liên thông điện tử từ cơ sở khám sức khỏe",
      }),
      comp("Giấy phép lái xe đã được cấp (bản chính hoặc thông tin trên hệ thống)", "PRESENT_ORIGINAL"),
      comp("Căn cước, Thẻ căn cước công dân hoặc Hộ chiếu còn thời hạn", "PRESENT_ORIGINAL"),
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [GPLX_FEE],
    result: "Giấy phép lái xe (cấp đổi) bằng vật liệu PET và giấy phép lái xe điện tử trên ứng dụng VNeID.",
  },
  {
    ...COMMON,
    code: "1.013141",
    name: "Cấp lại giấy phép lái xe",
    lifeEventCodes: ["LAI_XE_PHUONG_TIEN"],
    onlineLevel: "PARTIAL",
    conditions:
      "Người có giấy phép lái xe bị mất, còn thời hạn sử dụng hoặc quá thời hạn sử dụng và có hồ sơ gốc phù hợp với dữ liệu giấy phép lái xe trên hệ thống; không thuộc trường hợp đang bị cơ quan có thẩm quyền tạm giữ, xử lý vi phạm. Trường hợp quá thời hạn sử dụng theo quy định thì phải sát hạch lại theo Thông tư số 12/2025/TT-BCA.",
    steps: [
      "Người đề nghị nộp hồ sơ trực tuyến hoặc trực tiếp tại Phòng Cảnh sát giao thông Công an tỉnh, Trung tâm Phục vụ hành chính công tỉnh.",
      "Cán bộ tiếp nhận kiểm tra hồ sơ, tra cứu dữ liệu giấy phép lái xe, chụp ảnh; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần.",
      "Phòng Cảnh sát giao thông Công an tỉnh xác minh; nếu không phát hiện giấy phép lái xe đang bị tạm giữ, xử lý thì cấp lại giấy phép lái xe.",
      "Trả giấy phép lái xe tại nơi tiếp nhận hoặc qua dịch vụ bưu chính.",
    ],
    components: [
      comp("Đơn đề nghị đổi, cấp lại giấy phép lái xe theo mẫu", "ORIGINAL", { templateName: "don-de-nghi-doi-cap-lai-gplx.docx" }),
      comp("Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp", "ORIGINAL", {
        required: false,
        note: "Bắt buộc đối với các hạng giấy phép lái xe phải khám sức khỏe định kỳ",
      }),
      comp("Căn cước, Thẻ căn cước công dân hoặc Hộ chiếu còn thời hạn", "PRESENT_ORIGINAL"),
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không kể thời gian sát hạch lại đối với trường hợp phải sát hạch).",
    fees: [GPLX_FEE],
    result: "Giấy phép lái xe (cấp lại) bằng vật liệu PET và giấy phép lái xe điện tử trên ứng dụng VNeID.",
  },
];
