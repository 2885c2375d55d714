/** An toàn thực phẩm (Sở Y tế) và bảo hiểm y tế (Bảo hiểm xã hội tỉnh). */
import type { SeedLegalDoc, SeedProcedure } from "../types";
import { AG, comp, L, PUB, UY_QUYEN } from "./_common";

const ND_155_2018: SeedLegalDoc = {
  code: "155/2018/NĐ-CP",
  title: "Nghị định sửa đổi, bổ sung một số quy định liên quan đến điều kiện đầu tư kinh doanh thuộc phạm vi quản lý nhà nước của Bộ Y tế",
  issuedOn: "2018-11-12",
  issuer: "Chính phủ",
};

const BHYT_BASIS = [L.LUAT_BHYT, L.LUAT_BHYT_2014, L.LUAT_BHYT_2024, L.ND_188_2025];

const TK1_TS = comp("Tờ khai tham gia, điều chỉnh thông tin bảo hiểm xã hội, bảo hiểm y tế (Mẫu TK1-TS)", "ORIGINAL", {
  templateName: "TK1-TS-to-khai-tham-gia-dieu-chinh-bhxh-bhyt.docx",
});

const BHYT_COMMON = {
  fieldCode: "BHYT",
  level: "PROVINCE" as const,
  audience: "CITIZEN" as const,
  onlineLevel: "FULL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: AG.BHXH_TINH,
  implementingAgencyCodes: [AG.BHXH_TINH],
  numberOfSets: 1,
  legalBasis: BHYT_BASIS,
  locationIndependent: true,
  ...PUB.BHYT,
};

export const yTeProcedures: SeedProcedure[] = [
  {
    code: "1.001826",
    name: "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
    fieldCode: "ATTP",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH", "Y_TE"],
    level: "PROVINCE",
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    decidingAgencyCode: AG.SO_Y_TE,
    implementingAgencyCodes: [AG.SO_Y_TE],
    conditions:
      "Cơ sở sản xuất, kinh doanh thực phẩm, kinh doanh dịch vụ ăn uống thuộc phạm vi quản lý của ngành Y tế trên địa bàn tỉnh, trừ các cơ sở không thuộc diện cấp Giấy chứng nhận theo Điều 12 Nghị định số 15/2018/NĐ-CP (sản xuất ban đầu nhỏ lẻ, kinh doanh thực phẩm bao gói sẵn, kinh doanh thức ăn đường phố, cơ sở đã có chứng nhận HACCP, ISO 22000…). Cơ sở phải đáp ứng điều kiện bảo đảm an toàn thực phẩm về cơ sở vật chất, trang thiết bị, dụng cụ và con người theo Luật An toàn thực phẩm.",
    steps: [
      "Cơ sở nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc nộp trực tuyến.",
      "Sở Y tế kiểm tra tính hợp lệ của hồ sơ; hồ sơ chưa hợp lệ thì thông báo bổ sung, hoàn thiện một lần bằng văn bản.",
      "Sở Y tế thành lập đoàn thẩm định thực tế điều kiện bảo đảm an toàn thực phẩm tại cơ sở; lập biên bản thẩm định.",
      "Trường hợp kết quả thẩm định đạt, Giám đốc Sở Y tế ký cấp Giấy chứng nhận; trường hợp chưa đạt, ghi rõ nội dung và thời hạn khắc phục (không quá 30 ngày) trong biên bản; trường hợp không đạt, thông báo bằng văn bản và nêu rõ lý do.",
      "Trả Giấy chứng nhận cho cơ sở.",
    ],
    components: [
      comp("Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo mẫu", "ORIGINAL", {
        templateName: "don-de-nghi-cap-gcn-attp.docx",
      }),
      comp("Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm theo mẫu", "ORIGINAL", {
        templateName: "ban-thuyet-minh-co-so-vat-chat-attp.docx",
      }),
      comp("Giấy xác nhận đủ sức khỏe hoặc danh sách tổng hợp xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm do chủ cơ sở xác nhận", "ORIGINAL_OR_COPY"),
      comp("Giấy xác nhận đã được tập huấn kiến thức về an toàn thực phẩm của chủ cơ sở và người trực tiếp sản xuất, kinh doanh thực phẩm", "ORIGINAL_OR_COPY"),
      comp("Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin đã được khai thác trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp, hộ kinh doanh",
      }),
    ],
    numberOfSets: 1,
    timeLimit: 20,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (bao gồm thời gian thẩm định thực tế tại cơ sở).",
    fees: [
      {
        name: "Phí thẩm định cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        amount: 700000,
        note: "Cơ sở kinh doanh dịch vụ ăn uống phục vụ dưới 200 suất ăn: 700.000 đồng/lần/cơ sở; từ 200 suất ăn trở lên: 1.000.000 đồng/lần/cơ sở; cơ sở sản xuất thực phẩm nhỏ lẻ: 500.000 đồng/lần/cơ sở; cơ sở sản xuất khác: 2.500.000 đồng/lần/cơ sở",
        legalBasis: "Thông tư số 279/2016/TT-BTC",
      },
    ],
    result: "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (có hiệu lực 03 năm).",
    legalBasis: [L.LUAT_ATTP, L.ND_15_2018, ND_155_2018, L.TT_279_2016_BTC],
    locationIndependent: false,
    ...PUB.ATTP,
  },
  {
    ...BHYT_COMMON,
    code: "1.010718",
    name: "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    lifeEventCodes: ["KHAI_SINH", "Y_TE"],
    conditions:
      "Trẻ em dưới 6 tuổi thuộc đối tượng được ngân sách nhà nước đóng bảo hiểm y tế. Thông thường thẻ được cấp qua liên thông điện tử cùng thủ tục đăng ký khai sinh; thủ tục này áp dụng khi trẻ chưa được cấp thẻ qua liên thông. Thẻ bảo hiểm y tế có giá trị sử dụng đến ngày trẻ đủ 72 tháng tuổi; trường hợp trẻ đủ 72 tháng tuổi mà chưa đến kỳ nhập học thì thẻ có giá trị sử dụng đến ngày 30 tháng 9 của năm đó.",
    steps: [
      "Cha, mẹ hoặc người giám hộ nộp hồ sơ tại Bảo hiểm xã hội tỉnh, Trung tâm Phục vụ hành chính công, Ủy ban nhân dân cấp xã (tổng hợp danh sách) hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VNeID.",
      "Cơ quan bảo hiểm xã hội kiểm tra thông tin của trẻ qua Cơ sở dữ liệu quốc gia về dân cư (số định danh cá nhân).",
      "Cơ quan bảo hiểm xã hội cấp thẻ bảo hiểm y tế, cập nhật thẻ điện tử vào ứng dụng VNeID và VssID.",
      "Trả thẻ bảo hiểm y tế (bản giấy theo yêu cầu) qua Ủy ban nhân dân cấp xã, dịch vụ bưu chính hoặc trực tiếp.",
    ],
    components: [
      TK1_TS,
      comp("Giấy khai sinh hoặc Giấy chứng sinh của trẻ (trường hợp chưa có số định danh cá nhân)", "COPY", { required: false }),
      UY_QUYEN,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Phí, lệ phí",
        amount: 0,
        note: "Không thu phí; ngân sách nhà nước đóng bảo hiểm y tế cho trẻ em dưới 6 tuổi",
      },
    ],
    result: "Thẻ bảo hiểm y tế của trẻ em dưới 6 tuổi (thẻ điện tử trên VNeID, VssID; bản giấy khi có yêu cầu).",
  },
  {
    ...BHYT_COMMON,
    code: "1.010720",
    name: "Cấp lại thẻ bảo hiểm y tế do bị mất, hỏng",
    lifeEventCodes: ["Y_TE"],
    conditions:
      "Người tham gia bảo hiểm y tế có thẻ bị mất, bị hỏng (rách, nát, không sử dụng được). Trong thời gian chờ cấp lại thẻ, người tham gia vẫn được hưởng quyền lợi bảo hiểm y tế khi xuất trình Căn cước hoặc sử dụng thẻ điện tử trên ứng dụng VNeID.",
    steps: [
      "Người tham gia nộp hồ sơ tại cơ quan bảo hiểm xã hội, Trung tâm Phục vụ hành chính công hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VssID.",
      "Cơ quan bảo hiểm xã hội kiểm tra thông tin, đối chiếu dữ liệu người tham gia.",
      "Cơ quan bảo hiểm xã hội in và cấp lại thẻ bảo hiểm y tế.",
      "Trả thẻ bảo hiểm y tế cho người tham gia tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính.",
    ],
    components: [TK1_TS, comp("Thẻ bảo hiểm y tế bị hỏng (trường hợp bị hỏng)", "ORIGINAL", { required: false }), UY_QUYEN],
    timeLimit: 7,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [{ name: "Phí cấp lại thẻ", amount: 0, note: "Không thu phí" }],
    result: "Thẻ bảo hiểm y tế được cấp lại.",
  },
];
