/** Hệ thống văn bằng, chứng chỉ — Sở Giáo dục và Đào tạo (bằng tốt nghiệp trung học phổ thông). */
import type { SeedProcedure } from "../types";
import { AG, comp, ID_DOC, L, PUB, UY_QUYEN } from "./_common";

const COMMON = {
  fieldCode: "VBCC",
  level: "PROVINCE" as const,
  audience: "CITIZEN" as const,
  onlineLevel: "FULL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: AG.SO_GD_DT,
  implementingAgencyCodes: [AG.SO_GD_DT],
  numberOfSets: 1,
  locationIndependent: true,
  ...PUB.GDDT,
};

export const giaoDucProcedures: SeedProcedure[] = [
  {
    ...COMMON,
    code: "1.005092",
    name: "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
    lifeEventCodes: ["HOC_TAP", "VIEC_LAM"],
    conditions:
      "Người được cấp văn bằng, chứng chỉ (bằng tốt nghiệp trung học phổ thông do Sở Giáo dục và Đào tạo cấp); người đại diện theo pháp luật, người được ủy quyền; cha, mẹ, con, vợ, chồng, anh, chị, em ruột, người thừa kế khác trong trường hợp người được cấp văn bằng đã chết. Sổ gốc cấp văn bằng đang được lưu trữ tại Sở Giáo dục và Đào tạo.",
    steps: [
      "Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc nộp trực tuyến.",
      "Sở Giáo dục và Đào tạo kiểm tra yêu cầu, đối chiếu với sổ gốc cấp văn bằng, chứng chỉ.",
      "Lãnh đạo Sở Giáo dục và Đào tạo ký cấp bản sao từ sổ gốc; trường hợp không còn lưu sổ gốc hoặc trong sổ gốc không có thông tin thì trả lời bằng văn bản và nêu rõ lý do.",
      "Trả bản sao văn bằng, chứng chỉ từ sổ gốc cho người yêu cầu.",
    ],
    components: [
      comp("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc (hoặc văn bản yêu cầu khi gửi qua bưu chính)", "ORIGINAL", {
        templateName: "don-de-nghi-cap-ban-sao-van-bang.docx",
      }),
      ID_DOC,
      comp("Giấy tờ chứng minh quan hệ với người được cấp văn bằng (trường hợp người được cấp đã chết)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
      UY_QUYEN,
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText:
      "Ngay trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ; trường hợp yêu cầu cấp nhiều bản sao hoặc sổ gốc cần xác minh thì không quá 02 ngày làm việc.",
    fees: [],
    result: "Bản sao văn bằng, chứng chỉ từ sổ gốc.",
    legalBasis: [L.ND_23_2015, L.TT_21_2019_BGDDT],
  },
  {
    ...COMMON,
    code: "1.005088",
    name: "Chỉnh sửa nội dung văn bằng, chứng chỉ",
    lifeEventCodes: ["HOC_TAP"],
    onlineLevel: "PARTIAL",
    conditions:
      "Người được cấp văn bằng, chứng chỉ đã được cơ quan có thẩm quyền quyết định thay đổi, cải chính hộ tịch, xác định lại dân tộc, xác định lại giới tính; hoặc văn bằng, chứng chỉ bị ghi sai do lỗi của cơ quan cấp.",
    steps: [
      "Người đề nghị nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc nộp trực tuyến (nộp bản chính văn bằng khi nhận kết quả).",
      "Sở Giáo dục và Đào tạo kiểm tra hồ sơ, căn cứ chỉnh sửa.",
      "Giám đốc Sở Giáo dục và Đào tạo ban hành quyết định chỉnh sửa văn bằng, chứng chỉ; ghi nội dung chỉnh sửa vào sổ gốc.",
      "Trả quyết định chỉnh sửa kèm văn bằng, chứng chỉ đã chỉnh sửa cho người đề nghị.",
    ],
    components: [
      comp("Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ", "ORIGINAL"),
      comp("Văn bằng, chứng chỉ đề nghị chỉnh sửa", "ORIGINAL"),
      comp("Trích lục hoặc quyết định thay đổi, cải chính hộ tịch, xác định lại dân tộc, xác định lại giới tính", "CERTIFIED_COPY", {
        required: false,
        note: "Trường hợp chỉnh sửa do thay đổi, cải chính hộ tịch",
      }),
      comp("Giấy khai sinh", "CERTIFIED_COPY", { required: false }),
      ID_DOC,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [],
    result: "Quyết định chỉnh sửa văn bằng, chứng chỉ kèm văn bằng, chứng chỉ đã chỉnh sửa.",
    legalBasis: [L.TT_21_2019_BGDDT],
  },
];
