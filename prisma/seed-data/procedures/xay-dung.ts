/** Hoạt động xây dựng — giấy phép xây dựng (Ủy ban nhân dân cấp xã; Sở Xây dựng đối với công trình cấp I, II). */
import type { SeedProcedure } from "../types";
import { AG, comp, HDND_FEE_BASIS, L, PUB, UY_QUYEN } from "./_common";

const XD_BASIS = [L.LUAT_XAY_DUNG, L.LUAT_XD_SUA_DOI, L.ND_175_2024, L.TT_85_2019_BTC];

const DON_GPXD = comp("Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số 175/2024/NĐ-CP)", "ORIGINAL", {
  templateName: "mau-01-don-de-nghi-cap-gpxd.docx",
});
const QSDD = comp("Bản sao một trong những giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai", "COPY");

const RECEIVE_XA =
  "Chủ đầu tư nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã nơi xây dựng công trình hoặc nộp trực tuyến.";
const CHECK =
  "Cơ quan tiếp nhận kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.";

const XA_COMMON = {
  fieldCode: "XD",
  level: "COMMUNE" as const,
  audience: "CITIZEN" as const,
  onlineLevel: "PARTIAL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const],
  decidingAgencyCode: null,
  implementingAgencyCodes: [],
  numberOfSets: 1,
  legalBasis: XD_BASIS,
  locationIndependent: false,
  ...PUB.XAY_DUNG,
};

export const xayDungProcedures: SeedProcedure[] = [
  {
    ...XA_COMMON,
    code: "1.009997",
    name: "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    lifeEventCodes: ["XAY_DUNG_NHA_O"],
    conditions:
      "Phù hợp với mục đích sử dụng đất theo quy hoạch sử dụng đất được phê duyệt; phù hợp với quy hoạch chi tiết xây dựng, quy chế quản lý kiến trúc (nếu có); bảo đảm an toàn cho công trình, công trình lân cận và yêu cầu về bảo vệ môi trường, phòng cháy chữa cháy; thiết kế xây dựng nhà ở riêng lẻ được thực hiện theo quy định (Điều 93 Luật Xây dựng). Miễn giấy phép xây dựng đối với nhà ở riêng lẻ ở nông thôn có quy mô dưới 07 tầng thuộc khu vực không có quy hoạch đô thị, quy hoạch xây dựng khu chức năng hoặc quy hoạch chi tiết xây dựng điểm dân cư nông thôn được duyệt. Thẩm quyền: Ủy ban nhân dân cấp xã nơi xây dựng.",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Công chức chuyên môn thẩm định hồ sơ, kiểm tra thực địa; trường hợp hồ sơ cần bổ sung thì thông báo một lần bằng văn bản trong 05 ngày làm việc.",
      "Đối chiếu các điều kiện cấp phép; lấy ý kiến các cơ quan quản lý nhà nước liên quan (nếu cần).",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp giấy phép xây dựng kèm bản vẽ thiết kế có đóng dấu; trường hợp không đủ điều kiện phải thông báo bằng văn bản và nêu rõ lý do.",
      "Trả giấy phép xây dựng cho chủ đầu tư.",
    ],
    components: [
      DON_GPXD,
      QSDD,
      comp(
        "Bản vẽ thiết kế xây dựng: mặt bằng công trình trên lô đất kèm sơ đồ vị trí; mặt bằng các tầng, mặt đứng, mặt cắt chính; mặt bằng móng, mặt cắt móng; sơ đồ đấu nối hệ thống thoát nước, cấp điện, cấp nước",
        "ORIGINAL",
        { count: 2 },
      ),
      comp("Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế (trường hợp không phải tự thiết kế theo quy định)", "ORIGINAL", {
        required: false,
      }),
      comp("Văn bản cam kết bảo đảm an toàn đối với công trình liền kề (công trình xây chen có tầng hầm)", "ORIGINAL", { required: false }),
      UY_QUYEN,
    ],
    timeLimit: 15,
    timeUnit: "WORKING_DAY",
    timeLimitText: "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ",
        amount: 75000,
        note: "75.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép xây dựng nhà ở riêng lẻ kèm theo bản vẽ thiết kế được đóng dấu xác nhận.",
  },
  {
    ...XA_COMMON,
    code: "1.009998",
    name: "Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ",
    lifeEventCodes: ["XAY_DUNG_NHA_O"],
    conditions:
      "Nhà ở riêng lẻ thuộc diện phải có giấy phép khi sửa chữa, cải tạo làm thay đổi kết cấu chịu lực, công năng sử dụng, kiến trúc mặt ngoài tiếp giáp đường phố hoặc ảnh hưởng đến an toàn công trình. Phải đáp ứng các điều kiện cấp giấy phép xây dựng theo Luật Xây dựng. Thẩm quyền: Ủy ban nhân dân cấp xã nơi có công trình.",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Công chức chuyên môn thẩm định hồ sơ, kiểm tra hiện trạng công trình.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp giấy phép xây dựng sửa chữa, cải tạo; trường hợp không đủ điều kiện phải trả lời bằng văn bản và nêu rõ lý do.",
      "Trả giấy phép xây dựng cho chủ đầu tư.",
    ],
    components: [
      DON_GPXD,
      comp("Bản sao giấy tờ chứng minh quyền sở hữu, quản lý, sử dụng công trình, nhà ở", "COPY"),
      comp("Bản vẽ, ảnh chụp hiện trạng của bộ phận, hạng mục công trình sửa chữa, cải tạo", "ORIGINAL"),
      comp("Bản vẽ thiết kế sửa chữa, cải tạo", "ORIGINAL", { count: 2 }),
      UY_QUYEN,
    ],
    timeLimit: 15,
    timeUnit: "WORKING_DAY",
    timeLimitText: "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ",
        amount: 75000,
        note: "75.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép xây dựng sửa chữa, cải tạo kèm bản vẽ thiết kế được đóng dấu xác nhận.",
  },
  {
    ...XA_COMMON,
    code: "1.009999",
    name: "Gia hạn giấy phép xây dựng nhà ở riêng lẻ",
    lifeEventCodes: ["XAY_DUNG_NHA_O"],
    conditions:
      "Trước thời điểm giấy phép xây dựng hết hiệu lực khởi công xây dựng (12 tháng kể từ ngày cấp) mà công trình chưa được khởi công, chủ đầu tư phải đề nghị gia hạn. Mỗi giấy phép xây dựng chỉ được gia hạn tối đa 02 lần, thời gian mỗi lần gia hạn là 12 tháng. Thẩm quyền: cơ quan đã cấp giấy phép xây dựng.",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Công chức chuyên môn kiểm tra hồ sơ, lý do đề nghị gia hạn.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký gia hạn giấy phép xây dựng; trả kết quả cho chủ đầu tư.",
    ],
    components: [
      comp("Đơn đề nghị gia hạn giấy phép xây dựng theo mẫu", "ORIGINAL", { templateName: "mau-02-don-de-nghi-gia-han-gpxd.docx" }),
      comp("Bản chính giấy phép xây dựng đã được cấp", "ORIGINAL"),
      UY_QUYEN,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí gia hạn giấy phép xây dựng",
        amount: 15000,
        note: "15.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép xây dựng được gia hạn.",
  },
  {
    ...XA_COMMON,
    code: "1.010000",
    name: "Cấp lại giấy phép xây dựng nhà ở riêng lẻ",
    lifeEventCodes: ["XAY_DUNG_NHA_O"],
    conditions: "Giấy phép xây dựng đã cấp bị rách, nát hoặc bị mất. Thẩm quyền: cơ quan đã cấp giấy phép xây dựng.",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Công chức chuyên môn kiểm tra hồ sơ lưu trữ giấy phép đã cấp.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp lại giấy phép xây dựng; trả kết quả cho chủ đầu tư.",
    ],
    components: [
      comp("Đơn đề nghị cấp lại giấy phép xây dựng, trong đó giải trình rõ lý do đề nghị cấp lại", "ORIGINAL"),
      comp("Bản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)", "ORIGINAL", { required: false }),
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí cấp lại giấy phép xây dựng",
        amount: 15000,
        note: "15.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép xây dựng được cấp lại.",
  },
  {
    code: "1.009994",
    name: "Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II",
    fieldCode: "XD",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH"],
    level: "PROVINCE",
    audience: "BUSINESS",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    decidingAgencyCode: AG.SO_XAY_DUNG,
    implementingAgencyCodes: [AG.SO_XAY_DUNG],
    conditions:
      "Công trình cấp I, cấp II (không theo tuyến) thuộc diện phải có giấy phép xây dựng trên địa bàn tỉnh, trừ công trình thuộc thẩm quyền của cơ quan trung ương; phù hợp với quy hoạch, mục đích sử dụng đất; thiết kế xây dựng đã được thẩm định, phê duyệt theo quy định; bảo đảm an toàn, phòng cháy chữa cháy và bảo vệ môi trường (Điều 91 Luật Xây dựng).",
    steps: [
      "Chủ đầu tư nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc nộp trực tuyến.",
      CHECK,
      "Sở Xây dựng thẩm định hồ sơ, kiểm tra thực địa; lấy ý kiến các cơ quan quản lý nhà nước về những lĩnh vực liên quan đến công trình (nếu cần).",
      "Giám đốc Sở Xây dựng ký cấp giấy phép xây dựng; trường hợp không đủ điều kiện phải thông báo bằng văn bản và nêu rõ lý do.",
      "Trả giấy phép xây dựng kèm bản vẽ được đóng dấu cho chủ đầu tư.",
    ],
    components: [
      DON_GPXD,
      QSDD,
      comp("Quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng (nếu có)", "COPY"),
      comp("Văn bản thẩm duyệt thiết kế về phòng cháy và chữa cháy (đối với công trình thuộc diện phải thẩm duyệt)", "COPY", { required: false }),
      comp("Bản vẽ thiết kế xây dựng: mặt bằng, mặt cắt, mặt đứng, mặt bằng móng, sơ đồ đấu nối hạ tầng kỹ thuật", "ORIGINAL", { count: 2 }),
      comp("Bản kê khai năng lực, kinh nghiệm của tổ chức thiết kế kèm mã số chứng chỉ năng lực", "ORIGINAL"),
    ],
    numberOfSets: 1,
    timeLimit: 20,
    timeUnit: "WORKING_DAY",
    timeLimitText: "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí cấp giấy phép xây dựng công trình",
        amount: 150000,
        note: "150.000 đồng/giấy phép",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy phép xây dựng công trình kèm theo bản vẽ thiết kế được đóng dấu xác nhận.",
    legalBasis: XD_BASIS,
    locationIndependent: false,
    ...PUB.XAY_DUNG,
  },
];
