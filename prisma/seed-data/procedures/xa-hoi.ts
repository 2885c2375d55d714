/** Bảo trợ xã hội, giảm nghèo (Ủy ban nhân dân cấp xã) và người có công (Sở Nội vụ). */
import type { SeedProcedure } from "../types";
import { AG, comp, ID_DOC, L, PUB } from "./_common";

const BTXH_BASIS = [L.ND_20_2021, L.ND_76_2024];
const NCC_BASIS = [L.PL_UU_DAI_NCC, L.ND_131_2021, L.ND_77_2024];

const RECEIVE_XA =
  "Đối tượng hoặc người giám hộ, người thân nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã nơi cư trú hoặc nộp trực tuyến.";
const CHECK =
  "Công chức tiếp nhận kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.";

const XA_COMMON = {
  level: "COMMUNE" as const,
  audience: "CITIZEN" as const,
  decidingAgencyCode: null,
  implementingAgencyCodes: [],
  numberOfSets: 1,
  locationIndependent: false,
  ...PUB.XA_HOI,
};

const NCC_COMMON = {
  fieldCode: "NCC",
  level: "PROVINCE" as const,
  audience: "CITIZEN" as const,
  onlineLevel: "PARTIAL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: AG.SO_NOI_VU,
  implementingAgencyCodes: [AG.SO_NOI_VU],
  numberOfSets: 1,
  legalBasis: NCC_BASIS,
  locationIndependent: false,
  ...PUB.NCC,
};

export const xaHoiProcedures: SeedProcedure[] = [
  {
    ...XA_COMMON,
    code: "1.001776",
    name: "Trợ cấp xã hội hàng tháng cho đối tượng bảo trợ xã hội",
    fieldCode: "BTXH",
    lifeEventCodes: ["TRO_GIUP_XA_HOI", "NGHI_HUU"],
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Đối tượng quy định tại Điều 5 Nghị định số 20/2021/NĐ-CP (đã sửa đổi, bổ sung): trẻ em dưới 16 tuổi không có nguồn nuôi dưỡng; người từ 16 đến 22 tuổi đang học mà không có nguồn nuôi dưỡng; người đơn thân thuộc hộ nghèo, hộ cận nghèo đang nuôi con; người cao tuổi thuộc hộ nghèo, hộ cận nghèo không có người phụng dưỡng hoặc thuộc diện quy định; người khuyết tật nặng, đặc biệt nặng; trẻ em dưới 03 tuổi thuộc hộ nghèo, hộ cận nghèo; người nhiễm HIV/AIDS thuộc hộ nghèo, hộ cận nghèo… Mức chuẩn trợ giúp xã hội: 500.000 đồng/tháng, nhân với hệ số theo từng đối tượng.",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Công chức phụ trách lĩnh vực lao động - thương binh và xã hội kiểm tra, xác minh thông tin; niêm yết công khai tại trụ sở Ủy ban nhân dân cấp xã trong 02 ngày làm việc (trừ trường hợp có thông tin tại cơ sở dữ liệu).",
      "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định trợ cấp xã hội hàng tháng; trường hợp không đủ điều kiện phải thông báo bằng văn bản và nêu rõ lý do.",
      "Trả quyết định cho đối tượng; tổ chức chi trả trợ cấp từ tháng ban hành quyết định qua tài khoản hoặc tổ chức dịch vụ chi trả.",
    ],
    components: [
      comp("Tờ khai đề nghị trợ giúp xã hội theo mẫu tương ứng với từng đối tượng (ban hành kèm theo Nghị định số 20/2021/NĐ-CP)", "ORIGINAL", {
        templateName: "to-khai-de-nghi-tro-giup-xa-hoi.docx",
      }),
      comp("Giấy xác nhận khuyết tật (đối với người khuyết tật)", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin đã có trong cơ sở dữ liệu về người khuyết tật",
      }),
      comp("Giấy tờ xác nhận bị nhiễm HIV của cơ quan có thẩm quyền (đối với người nhiễm HIV/AIDS)", "COPY", { required: false }),
      comp("Giấy xác nhận đang học văn hóa, học nghề (đối với người từ 16 đến 22 tuổi đang học)", "ORIGINAL", { required: false }),
      ID_DOC,
    ],
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (bao gồm thời gian niêm yết công khai).",
    fees: [],
    result: "Quyết định trợ cấp xã hội hàng tháng của Chủ tịch Ủy ban nhân dân cấp xã; thẻ bảo hiểm y tế (đối với đối tượng thuộc diện được cấp).",
    legalBasis: BTXH_BASIS,
  },
  {
    ...XA_COMMON,
    code: "2.000286",
    name: "Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú",
    fieldCode: "BTXH",
    lifeEventCodes: ["TRO_GIUP_XA_HOI", "CU_TRU"],
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Đối tượng đang hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng thay đổi nơi cư trú sang xã, phường khác. Ủy ban nhân dân cấp xã nơi cư trú cũ dừng chi trả; Ủy ban nhân dân cấp xã nơi cư trú mới quyết định chi trả tiếp từ tháng tiếp theo.",
    steps: [
      "Đối tượng hoặc người giám hộ gửi văn bản đề nghị đến Ủy ban nhân dân cấp xã nơi cư trú cũ.",
      "Chủ tịch Ủy ban nhân dân cấp xã nơi cư trú cũ ban hành quyết định thôi hưởng tại địa phương và gửi hồ sơ của đối tượng đến Ủy ban nhân dân cấp xã nơi cư trú mới.",
      "Ủy ban nhân dân cấp xã nơi cư trú mới tiếp nhận, kiểm tra hồ sơ và ban hành quyết định trợ cấp xã hội hàng tháng.",
      "Trả quyết định cho đối tượng; tổ chức chi trả tại nơi cư trú mới.",
    ],
    components: [
      comp("Văn bản đề nghị chi trả trợ cấp khi thay đổi nơi cư trú của đối tượng hoặc người giám hộ", "ORIGINAL"),
      comp("Quyết định trợ cấp xã hội hàng tháng đã được cấp", "COPY", { required: false }),
    ],
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [],
    result: "Quyết định thôi hưởng tại nơi cư trú cũ và quyết định trợ cấp xã hội hàng tháng tại nơi cư trú mới.",
    legalBasis: BTXH_BASIS,
  },
  {
    ...XA_COMMON,
    code: "1.001731",
    name: "Hỗ trợ chi phí mai táng",
    fieldCode: "BTXH",
    lifeEventCodes: ["KHAI_TU", "TRO_GIUP_XA_HOI"],
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Người chết thuộc một trong các đối tượng quy định tại Điều 11 Nghị định số 20/2021/NĐ-CP (đã sửa đổi, bổ sung): đối tượng đang hưởng trợ cấp xã hội hàng tháng; con của người đơn thân thuộc hộ nghèo, hộ cận nghèo đang hưởng trợ cấp; người cao tuổi, người thuộc hộ nghèo, hộ cận nghèo theo quy định… Cơ quan, tổ chức, gia đình hoặc cá nhân tổ chức mai táng được hỗ trợ. Mức hỗ trợ tối thiểu bằng 20 lần mức chuẩn trợ giúp xã hội (10.000.000 đồng). Trường hợp người chết được hưởng nhiều chế độ mai táng thì chỉ được hưởng một chế độ cao nhất.",
    steps: [
      RECEIVE_XA,
      CHECK,
      "Công chức phụ trách lĩnh vực lao động - thương binh và xã hội kiểm tra, đối chiếu dữ liệu khai tử và diện đối tượng; trình Chủ tịch Ủy ban nhân dân cấp xã.",
      "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định hỗ trợ chi phí mai táng; trường hợp không hỗ trợ phải trả lời bằng văn bản và nêu rõ lý do.",
      "Chi trả kinh phí hỗ trợ cho cơ quan, tổ chức, gia đình hoặc cá nhân đã tổ chức mai táng.",
    ],
    components: [
      comp("Tờ khai đề nghị hỗ trợ chi phí mai táng theo mẫu ban hành kèm theo Nghị định số 20/2021/NĐ-CP", "ORIGINAL", {
        templateName: "to-khai-de-nghi-ho-tro-chi-phi-mai-tang.docx",
      }),
      comp("Giấy báo tử hoặc Trích lục khai tử", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin khai tử đã có trong Cơ sở dữ liệu hộ tịch điện tử",
      }),
      comp("Bản sao quyết định hưởng trợ cấp xã hội hoặc giấy tờ chứng minh diện đối tượng của người chết", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin đã có trong cơ sở dữ liệu của Ủy ban nhân dân cấp xã",
      }),
      ID_DOC,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [],
    result: "Quyết định hỗ trợ chi phí mai táng của Chủ tịch Ủy ban nhân dân cấp xã và khoản hỗ trợ mai táng.",
    legalBasis: BTXH_BASIS,
  },
  {
    ...XA_COMMON,
    code: "1.010817",
    name: "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm",
    fieldCode: "GN",
    lifeEventCodes: ["TRO_GIUP_XA_HOI"],
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Hộ gia đình có khó khăn, biến cố rủi ro trong năm, có giấy đề nghị xét duyệt và thuộc diện hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều do Chính phủ quy định. Việc rà soát thực hiện theo quy trình rà soát thường xuyên.",
    steps: [
      "Hộ gia đình nộp Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã.",
      CHECK,
      "Ban chỉ đạo giảm nghèo cấp xã tổ chức thẩm định, rà soát thu thập thông tin của hộ gia đình theo phiếu rà soát; niêm yết công khai kết quả.",
      "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định công nhận hộ nghèo, hộ cận nghèo và cấp Giấy chứng nhận hộ nghèo, hộ cận nghèo; trường hợp không đủ điều kiện phải thông báo và nêu rõ lý do.",
    ],
    components: [
      comp("Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình theo mẫu (Phụ lục I Quyết định số 24/2021/QĐ-TTg)", "ORIGINAL", {
        templateName: "giay-de-nghi-xet-duyet-ho-ngheo.docx",
      }),
    ],
    timeLimit: 7,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Không quá 07 ngày làm việc kể từ ngày nhận được giấy đề nghị của hộ gia đình.",
    fees: [],
    result: "Quyết định công nhận hộ nghèo, hộ cận nghèo; Giấy chứng nhận hộ nghèo, hộ cận nghèo.",
    legalBasis: [L.ND_07_2021, L.QD_24_2021_TTG],
  },
  {
    ...NCC_COMMON,
    code: "1.002519",
    name: "Giải quyết chế độ mai táng phí, trợ cấp một lần khi người có công với cách mạng từ trần",
    lifeEventCodes: ["KHAI_TU", "TRO_GIUP_XA_HOI"],
    conditions:
      "Người có công với cách mạng đang hưởng trợ cấp ưu đãi hằng tháng từ trần. Thân nhân hoặc người tổ chức mai táng được hưởng trợ cấp mai táng theo mức quy định của pháp luật về bảo hiểm xã hội (trừ trường hợp đã hưởng mai táng phí từ quỹ bảo hiểm xã hội) và trợ cấp một lần bằng 03 tháng trợ cấp, phụ cấp ưu đãi hiện hưởng.",
    steps: [
      "Thân nhân hoặc người tổ chức mai táng nộp tờ khai tại Ủy ban nhân dân cấp xã nơi người có công cư trú hoặc nộp trực tuyến.",
      "Ủy ban nhân dân cấp xã kiểm tra, xác nhận tờ khai và gửi hồ sơ đến Sở Nội vụ (qua Trung tâm Phục vụ hành chính công tỉnh) trong 05 ngày làm việc.",
      "Sở Nội vụ kiểm tra hồ sơ người có công đang quản lý, ban hành quyết định trợ cấp mai táng, trợ cấp một lần.",
      "Trả quyết định cho thân nhân; tổ chức chi trả trợ cấp.",
    ],
    components: [
      comp("Tờ khai của thân nhân hoặc người tổ chức mai táng theo mẫu (ban hành kèm theo Nghị định số 131/2021/NĐ-CP)", "ORIGINAL", {
        templateName: "to-khai-mai-tang-phi-nguoi-co-cong.docx",
      }),
      comp("Giấy báo tử hoặc Trích lục khai tử", "COPY", {
        note: "Không phải nộp khi thông tin khai tử đã có trong Cơ sở dữ liệu hộ tịch điện tử",
        required: false,
      }),
      comp("Văn bản ủy quyền của các thân nhân khác (trường hợp có nhiều thân nhân)", "ORIGINAL", { required: false }),
    ],
    timeLimit: 12,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Ủy ban nhân dân cấp xã: 05 ngày làm việc; Sở Nội vụ: 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [],
    result: "Quyết định trợ cấp mai táng phí và trợ cấp một lần của Giám đốc Sở Nội vụ.",
  },
  {
    ...NCC_COMMON,
    code: "1.002271",
    name: "Giải quyết chế độ trợ cấp thờ cúng liệt sĩ",
    lifeEventCodes: ["TRO_GIUP_XA_HOI"],
    conditions:
      "Người thờ cúng liệt sĩ là thân nhân liệt sĩ hoặc người được các thân nhân, họ tộc ủy quyền thờ cúng liệt sĩ theo quy định tại Nghị định số 131/2021/NĐ-CP; mỗi liệt sĩ chỉ một người được hưởng trợ cấp thờ cúng.",
    steps: [
      "Người thờ cúng liệt sĩ nộp tờ khai tại Ủy ban nhân dân cấp xã nơi cư trú hoặc nộp trực tuyến.",
      "Ủy ban nhân dân cấp xã xác nhận tờ khai, gửi hồ sơ đến Sở Nội vụ trong 05 ngày làm việc.",
      "Sở Nội vụ kiểm tra hồ sơ liệt sĩ đang quản lý, ban hành quyết định trợ cấp thờ cúng liệt sĩ.",
      "Trả quyết định cho người thờ cúng; tổ chức chi trả trợ cấp hằng năm.",
    ],
    components: [
      comp("Tờ khai đề nghị trợ cấp thờ cúng liệt sĩ theo mẫu (ban hành kèm theo Nghị định số 131/2021/NĐ-CP)", "ORIGINAL", {
        templateName: "to-khai-tro-cap-tho-cung-liet-si.docx",
      }),
      comp("Biên bản ủy quyền thờ cúng liệt sĩ của các thân nhân hoặc của họ tộc (trường hợp được ủy quyền)", "ORIGINAL", { required: false }),
      ID_DOC,
    ],
    timeLimit: 12,
    timeUnit: "WORKING_DAY",
    timeLimitText: "Ủy ban nhân dân cấp xã: 05 ngày làm việc; Sở Nội vụ: 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [],
    result: "Quyết định trợ cấp thờ cúng liệt sĩ của Giám đốc Sở Nội vụ.",
  },
];
