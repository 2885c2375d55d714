/** Việc làm — người lao động nước ngoài làm việc tại Việt Nam (Sở Nội vụ). */
import type { SeedProcedure } from "../types";
import { AG, comp, HDND_FEE_BASIS, L, PUB } from "./_common";

const LD_BASIS = [L.BLLD, L.ND_219_2025, L.TT_85_2019_BTC];

const RECEIVE =
  "Người sử dụng lao động nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Phục vụ hành chính công tỉnh.";
const CHECK =
  "Sở Nội vụ kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chưa đầy đủ thì thông báo bổ sung, hoàn thiện một lần.";

const PASSPORT = comp("Bản sao hộ chiếu còn giá trị theo quy định của pháp luật", "COPY");
const PHOTOS = comp("02 ảnh màu (kích thước 4 cm x 6 cm, phông nền trắng, mặt nhìn thẳng, đầu để trần, không đeo kính màu), chụp không quá 06 tháng", "ORIGINAL", {
  count: 2,
});
const FOREIGN_DOCS_NOTE = "Giấy tờ do nước ngoài cấp phải được hợp pháp hóa lãnh sự (trừ trường hợp được miễn) và dịch sang tiếng Việt có chứng thực";

const COMMON = {
  fieldCode: "VL",
  level: "PROVINCE" as const,
  audience: "BUSINESS" as const,
  onlineLevel: "FULL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: AG.SO_NOI_VU,
  implementingAgencyCodes: [AG.SO_NOI_VU],
  numberOfSets: 1,
  legalBasis: LD_BASIS,
  locationIndependent: false,
  ...PUB.LAO_DONG,
};

export const laoDongProcedures: SeedProcedure[] = [
  {
    ...COMMON,
    code: "2.000205",
    name: "Cấp giấy phép lao động cho người lao động nước ngoài",
    lifeEventCodes: ["VIEC_LAM"],
    conditions:
      "Người lao động nước ngoài đủ 18 tuổi trở lên, có năng lực hành vi dân sự đầy đủ; có trình độ chuyên môn, kỹ thuật, tay nghề, kinh nghiệm làm việc; có đủ sức khỏe; không phải là người đang chấp hành hình phạt hoặc chưa được xóa án tích hoặc đang bị truy cứu trách nhiệm hình sự. Người sử dụng lao động giải trình nhu cầu sử dụng người lao động nước ngoài và nộp hồ sơ trước ít nhất 10 ngày kể từ ngày người lao động nước ngoài dự kiến bắt đầu làm việc. Thẩm quyền: Sở Nội vụ nơi người lao động nước ngoài dự kiến làm việc.",
    steps: [
      RECEIVE,
      CHECK,
      "Sở Nội vụ thẩm định nhu cầu sử dụng người lao động nước ngoài và điều kiện của người lao động.",
      "Giám đốc Sở Nội vụ ký cấp giấy phép lao động; trường hợp không cấp phải trả lời bằng văn bản và nêu rõ lý do.",
      "Trả giấy phép lao động cho người sử dụng lao động (bản giấy hoặc bản điện tử).",
    ],
    components: [
      comp("Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động theo mẫu (kèm giải trình nhu cầu sử dụng người lao động nước ngoài)", "ORIGINAL", {
        templateName: "van-ban-de-nghi-cap-giay-phep-lao-dong.docx",
      }),
      comp("Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe do cơ quan, tổ chức y tế có thẩm quyền của nước ngoài hoặc của Việt Nam cấp", "ORIGINAL_OR_COPY", {
        note: "Có giá trị trong thời hạn 12 tháng kể từ ngày ký kết luận sức khỏe đến ngày nộp hồ sơ",
      }),
      comp("Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người đang chấp hành hình phạt, chưa được xóa án tích hoặc đang bị truy cứu trách nhiệm hình sự", "ORIGINAL_OR_COPY", {
        note: `Cấp không quá 06 tháng tính đến ngày nộp hồ sơ. ${FOREIGN_DOCS_NOTE}`,
      }),
      comp("Văn bản, giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật", "ORIGINAL_OR_COPY", {
        note: FOREIGN_DOCS_NOTE,
      }),
      PHOTOS,
      PASSPORT,
      comp("Các giấy tờ liên quan đến người lao động nước ngoài theo hình thức làm việc (văn bản cử sang làm việc, hợp đồng…)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
    ],
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText: "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí cấp giấy phép lao động",
        amount: 600000,
        note: "600.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép lao động (thời hạn tối đa 02 năm).",
  },
  {
    ...COMMON,
    code: "2.000219",
    name: "Gia hạn giấy phép lao động cho người lao động nước ngoài",
    lifeEventCodes: ["VIEC_LAM"],
    conditions:
      "Giấy phép lao động đã được cấp còn thời hạn ít nhất 10 ngày nhưng không quá 45 ngày; người lao động nước ngoài tiếp tục làm việc cho người sử dụng lao động ở vị trí công việc, chức danh đã ghi trong giấy phép. Giấy phép lao động chỉ được gia hạn một lần với thời hạn tối đa 02 năm.",
    steps: [
      RECEIVE,
      CHECK,
      "Sở Nội vụ thẩm định hồ sơ, điều kiện gia hạn.",
      "Giám đốc Sở Nội vụ ký gia hạn giấy phép lao động; trường hợp không gia hạn phải trả lời bằng văn bản và nêu rõ lý do.",
    ],
    components: [
      comp("Văn bản đề nghị gia hạn giấy phép lao động của người sử dụng lao động theo mẫu", "ORIGINAL", {
        templateName: "van-ban-de-nghi-gia-han-giay-phep-lao-dong.docx",
      }),
      comp("Giấy phép lao động còn thời hạn đã được cấp", "ORIGINAL"),
      comp("Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe", "ORIGINAL_OR_COPY", { note: "Có giá trị trong thời hạn 12 tháng" }),
      PHOTOS,
      PASSPORT,
    ],
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText: "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí gia hạn giấy phép lao động",
        amount: 450000,
        note: "450.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép lao động được gia hạn.",
  },
  {
    ...COMMON,
    code: "2.000192",
    name: "Cấp lại giấy phép lao động cho người lao động nước ngoài",
    lifeEventCodes: ["VIEC_LAM"],
    conditions:
      "Giấy phép lao động còn thời hạn bị mất, bị hỏng; hoặc thay đổi họ và tên, quốc tịch, số hộ chiếu, địa điểm làm việc, tên doanh nghiệp mà không thay đổi mã số doanh nghiệp.",
    steps: [
      RECEIVE,
      CHECK,
      "Sở Nội vụ thẩm định hồ sơ.",
      "Giám đốc Sở Nội vụ ký cấp lại giấy phép lao động; trường hợp không cấp lại phải trả lời bằng văn bản và nêu rõ lý do.",
    ],
    components: [
      comp("Văn bản đề nghị cấp lại giấy phép lao động của người sử dụng lao động theo mẫu", "ORIGINAL", {
        templateName: "van-ban-de-nghi-cap-lai-giay-phep-lao-dong.docx",
      }),
      comp("Giấy phép lao động còn thời hạn đã được cấp (trừ trường hợp bị mất)", "ORIGINAL", { required: false }),
      comp("Giấy tờ chứng minh nội dung thay đổi (trường hợp thay đổi thông tin)", "COPY", { required: false }),
      PHOTOS,
      PASSPORT,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí cấp lại giấy phép lao động",
        amount: 450000,
        note: "450.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép lao động được cấp lại (thời hạn bằng thời hạn còn lại của giấy phép đã cấp).",
  },
  {
    ...COMMON,
    code: "1.000459",
    name: "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
    lifeEventCodes: ["VIEC_LAM"],
    conditions:
      "Người lao động nước ngoài thuộc các trường hợp không thuộc diện cấp giấy phép lao động theo Điều 154 Bộ luật Lao động và quy định của Chính phủ mà pháp luật yêu cầu phải có văn bản xác nhận (ví dụ: chủ sở hữu, thành viên góp vốn có giá trị góp vốn theo quy định; di chuyển nội bộ doanh nghiệp; vào Việt Nam để chào bán dịch vụ, xử lý sự cố…).",
    steps: [
      RECEIVE,
      CHECK,
      "Sở Nội vụ thẩm định hồ sơ.",
      "Giám đốc Sở Nội vụ ký văn bản xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động; trường hợp không xác nhận phải trả lời bằng văn bản và nêu rõ lý do.",
    ],
    components: [
      comp("Văn bản đề nghị xác nhận không thuộc diện cấp giấy phép lao động của người sử dụng lao động theo mẫu", "ORIGINAL", {
        templateName: "van-ban-de-nghi-xac-nhan-khong-thuoc-dien-cap-gpld.docx",
      }),
      comp("Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe", "ORIGINAL_OR_COPY", { note: "Có giá trị trong thời hạn 12 tháng" }),
      PASSPORT,
      comp("Giấy tờ chứng minh người lao động nước ngoài không thuộc diện cấp giấy phép lao động", "ORIGINAL_OR_COPY", {
        note: FOREIGN_DOCS_NOTE,
      }),
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [{ name: "Lệ phí", amount: 0, note: "Không thu lệ phí" }],
    result: "Văn bản xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động (thời hạn tối đa 02 năm).",
  },
];
