/** Lưu thông hàng hóa trong nước (rượu, thuốc lá — Ủy ban nhân dân cấp xã) và kinh doanh xăng dầu (Sở Công Thương). */
import type { SeedProcedure } from "../types";
import { AG, comp, L, PUB } from "./_common";

const RECEIVE_XA =
  "Thương nhân nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã nơi đặt địa điểm kinh doanh, qua dịch vụ bưu chính hoặc nộp trực tuyến.";
const CHECK =
  "Cơ quan tiếp nhận kiểm tra hồ sơ; trường hợp chưa đầy đủ, hợp lệ thì thông báo bằng văn bản yêu cầu bổ sung một lần trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận.";

const PHI_THAM_DINH_NOTE =
  "Tại khu vực đô thị (phường): 1.200.000 đồng/điểm kinh doanh/lần thẩm định; tại các khu vực khác: 600.000 đồng/điểm kinh doanh/lần thẩm định";

const XA_COMMON = {
  fieldCode: "LTHH",
  level: "COMMUNE" as const,
  audience: "BOTH" as const,
  onlineLevel: "PARTIAL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: null,
  implementingAgencyCodes: [],
  numberOfSets: 1,
  locationIndependent: false,
  ...PUB.CONG_THUONG_XA,
};

export const congThuongProcedures: SeedProcedure[] = [
  {
    ...XA_COMMON,
    code: "2.001240",
    name: "Cấp giấy phép bán lẻ rượu",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH"],
    conditions:
      "Áp dụng đối với rượu có độ cồn từ 5,5 độ trở lên. Thương nhân là doanh nghiệp, hợp tác xã, hộ kinh doanh được thành lập theo quy định của pháp luật; có quyền sử dụng hợp pháp địa điểm kinh doanh cố định, địa chỉ rõ ràng; có văn bản giới thiệu hoặc hợp đồng nguyên tắc của thương nhân sản xuất rượu, thương nhân phân phối rượu hoặc thương nhân bán buôn rượu (Điều 14 Nghị định số 105/2017/NĐ-CP, đã sửa đổi bởi Nghị định số 17/2020/NĐ-CP).",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Phòng Kinh tế (xã) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (phường) thẩm định hồ sơ, kiểm tra điều kiện kinh doanh.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy phép bán lẻ rượu; trường hợp từ chối phải trả lời bằng văn bản và nêu rõ lý do.",
      "Trả Giấy phép cho thương nhân.",
    ],
    components: [
      comp("Đơn đề nghị cấp Giấy phép bán lẻ rượu theo mẫu (Mẫu số 01 ban hành kèm theo Nghị định số 105/2017/NĐ-CP)", "ORIGINAL", {
        templateName: "mau-01-don-de-nghi-cap-giay-phep-ban-le-ruou.docx",
      }),
      comp("Bản sao Giấy chứng nhận đăng ký doanh nghiệp, Giấy chứng nhận đăng ký hộ kinh doanh hoặc giấy tờ tương đương", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin đã có trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, hộ kinh doanh",
      }),
      comp("Bản sao hợp đồng thuê, mượn hoặc giấy tờ chứng minh quyền sử dụng hợp pháp cơ sở dự kiến làm địa điểm bán lẻ", "COPY"),
      comp("Bản sao văn bản giới thiệu hoặc hợp đồng nguyên tắc của thương nhân sản xuất, phân phối hoặc bán buôn rượu", "COPY"),
    ],
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText: "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Phí thẩm định cấp Giấy phép bán lẻ rượu",
        amount: 1200000,
        note: PHI_THAM_DINH_NOTE,
        legalBasis: "Thông tư số 168/2016/TT-BTC",
      },
    ],
    result: "Giấy phép bán lẻ rượu (thời hạn 05 năm).",
    legalBasis: [L.LUAT_RUOU_BIA, L.LUAT_THUONG_MAI, L.ND_105_2017, L.ND_17_2020, L.TT_168_2016_BTC],
  },
  {
    ...XA_COMMON,
    code: "2.001245",
    name: "Cấp giấy phép bán lẻ sản phẩm thuốc lá",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH"],
    conditions:
      "Thương nhân được thành lập theo quy định của pháp luật; có địa điểm kinh doanh cố định, địa chỉ rõ ràng, không đặt tại các địa điểm cấm bán thuốc lá theo Luật Phòng, chống tác hại của thuốc lá (cơ sở y tế, cơ sở giáo dục… và trong phạm vi 100 mét tính từ ranh giới khuôn viên trường mầm non, tiểu học, trung học, viện nghiên cứu y học, bệnh viện…); có văn bản giới thiệu của thương nhân phân phối hoặc bán buôn sản phẩm thuốc lá.",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Phòng Kinh tế (xã) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (phường) thẩm định hồ sơ, kiểm tra điều kiện kinh doanh.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy phép bán lẻ sản phẩm thuốc lá; trường hợp từ chối phải trả lời bằng văn bản và nêu rõ lý do.",
      "Trả Giấy phép cho thương nhân.",
    ],
    components: [
      comp("Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm thuốc lá theo mẫu", "ORIGINAL", {
        templateName: "don-de-nghi-cap-giay-phep-ban-le-thuoc-la.docx",
      }),
      comp("Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin đã có trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, hộ kinh doanh",
      }),
      comp("Bản sao các văn bản giới thiệu của các thương nhân phân phối hoặc bán buôn sản phẩm thuốc lá", "COPY"),
      comp("Bản sao hợp đồng thuê, mượn hoặc giấy tờ chứng minh quyền sử dụng hợp pháp địa điểm kinh doanh", "COPY"),
    ],
    timeLimit: 15,
    timeUnit: "WORKING_DAY",
    timeLimitText: "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Phí thẩm định cấp Giấy phép bán lẻ sản phẩm thuốc lá",
        amount: 1200000,
        note: PHI_THAM_DINH_NOTE,
        legalBasis: "Thông tư số 168/2016/TT-BTC",
      },
    ],
    result: "Giấy phép bán lẻ sản phẩm thuốc lá (thời hạn 05 năm).",
    legalBasis: [L.LUAT_THUOC_LA, L.ND_67_2013, L.ND_106_2017, L.ND_17_2020, L.TT_168_2016_BTC],
  },
  {
    code: "2.000669",
    name: "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
    fieldCode: "KDXD",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH"],
    level: "PROVINCE",
    audience: "BUSINESS",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    decidingAgencyCode: AG.SO_CONG_THUONG,
    implementingAgencyCodes: [AG.SO_CONG_THUONG],
    conditions:
      "Cửa hàng bán lẻ xăng dầu thuộc sở hữu hoặc đồng sở hữu, hoặc thuê của thương nhân; được thiết kế, xây dựng theo quy chuẩn, tiêu chuẩn kỹ thuật và phù hợp quy hoạch; có trang thiết bị, hệ thống phòng cháy chữa cháy, bảo vệ môi trường đáp ứng quy định; cột bơm được kiểm định; cán bộ quản lý, nhân viên trực tiếp kinh doanh được đào tạo, huấn luyện nghiệp vụ phòng cháy chữa cháy và bảo vệ môi trường (Điều 24 Nghị định số 83/2014/NĐ-CP, đã sửa đổi, bổ sung).",
    steps: [
      "Thương nhân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc nộp trực tuyến.",
      "Sở Công Thương kiểm tra hồ sơ; trường hợp chưa đầy đủ, hợp lệ thì thông báo bằng văn bản yêu cầu bổ sung một lần.",
      "Sở Công Thương thẩm định hồ sơ và kiểm tra thực tế điều kiện tại cửa hàng.",
      "Giám đốc Sở Công Thương ký cấp Giấy chứng nhận; trường hợp từ chối phải trả lời bằng văn bản và nêu rõ lý do.",
      "Trả Giấy chứng nhận cho thương nhân.",
    ],
    components: [
      comp("Đơn đề nghị cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu theo mẫu", "ORIGINAL", {
        templateName: "don-de-nghi-cap-gcn-cua-hang-ban-le-xang-dau.docx",
      }),
      comp("Bản sao Giấy chứng nhận đăng ký doanh nghiệp", "COPY", { required: false }),
      comp("Tài liệu chứng minh cửa hàng thuộc sở hữu, đồng sở hữu hoặc thuê của thương nhân", "COPY"),
      comp("Bản sao văn bản nghiệm thu về phòng cháy và chữa cháy", "COPY"),
      comp("Bản sao quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường, giấy phép môi trường hoặc văn bản đăng ký môi trường", "COPY"),
      comp("Bản sao giấy chứng nhận kiểm định phương tiện đo (cột đo nhiên liệu) còn hiệu lực", "COPY"),
      comp("Bản sao chứng chỉ đào tạo, huấn luyện nghiệp vụ phòng cháy chữa cháy, bảo vệ môi trường của cán bộ quản lý, nhân viên", "COPY"),
    ],
    numberOfSets: 1,
    timeLimit: 15,
    timeUnit: "WORKING_DAY",
    timeLimitText: "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Phí thẩm định cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
        amount: 1200000,
        note: PHI_THAM_DINH_NOTE.replace(/điểm kinh doanh/g, "cửa hàng"),
        legalBasis: "Thông tư số 168/2016/TT-BTC",
      },
    ],
    result: "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu (thời hạn 05 năm).",
    legalBasis: [L.LUAT_THUONG_MAI, L.ND_83_2014, L.ND_95_2021, L.ND_80_2023, L.TT_168_2016_BTC],
    locationIndependent: false,
    ...PUB.CONG_THUONG_TINH,
  },
];
