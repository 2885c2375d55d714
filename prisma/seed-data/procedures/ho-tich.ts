/** Hộ tịch, nuôi con nuôi — thẩm quyền Ủy ban nhân dân cấp xã (từ 01/7/2025 gồm cả các việc trước đây của cấp huyện). */
import type { SeedFee, SeedLegalDoc, SeedProcedure } from "../types";
import { comp, HDND_FEE_BASIS, ID_DOC, L, PUB, SAU_15H, UY_QUYEN } from "./_common";

const LUAT_HNGD: SeedLegalDoc = { code: "52/2014/QH13", title: "Luật Hôn nhân và gia đình", issuedOn: "2014-06-19", issuer: "Quốc hội" };
const BLDS: SeedLegalDoc = { code: "91/2015/QH13", title: "Bộ luật Dân sự", issuedOn: "2015-11-24", issuer: "Quốc hội" };

const HO_TICH_BASIS: SeedLegalDoc[] = [L.LUAT_HO_TICH, L.ND_123_2015, L.ND_07_2025, L.ND_120_2025, L.TT_04_2020_BTP];

const MIEN_LE_PHI_NOTE =
  "Miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật (Điều 11 Luật Hộ tịch)";

function hdndFee(name: string, amount: number, extra?: string): SeedFee {
  return { name, amount, note: extra ? `${extra}. ${MIEN_LE_PHI_NOTE}` : MIEN_LE_PHI_NOTE, legalBasis: HDND_FEE_BASIS };
}

const RECEIVE_STEP =
  "Người yêu cầu nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã, gửi qua dịch vụ bưu chính hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.";
const CHECK_STEP =
  "Công chức tiếp nhận kiểm tra hồ sơ: hồ sơ đầy đủ, hợp lệ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.";

const COMMON = {
  level: "COMMUNE" as const,
  decidingAgencyCode: null,
  implementingAgencyCodes: [],
  numberOfSets: 1,
  ...PUB.HO_TICH,
};

export const hoTichProcedures: SeedProcedure[] = [
  {
    ...COMMON,
    code: "1.001193",
    name: "Đăng ký khai sinh",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_SINH"],
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Trong thời hạn 60 ngày kể từ ngày sinh con, cha, mẹ có trách nhiệm đăng ký khai sinh cho con; trường hợp cha, mẹ không thể đăng ký thì ông, bà hoặc người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ em đăng ký. Thẩm quyền: Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra thông tin khai sinh; nếu đầy đủ, phù hợp thì ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử để lấy Số định danh cá nhân cho trẻ.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy khai sinh.",
      "Người đi đăng ký khai sinh kiểm tra nội dung, cùng công chức tư pháp - hộ tịch ký vào Sổ đăng ký khai sinh và nhận Giấy khai sinh bản chính (bản giấy hoặc bản điện tử).",
    ],
    components: [
      comp("Tờ khai đăng ký khai sinh theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-khai-sinh.docx" }),
      comp("Giấy chứng sinh do cơ sở y tế cấp", "ORIGINAL", {
        note: "Nếu không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh, nếu không có người làm chứng thì nộp giấy cam đoan về việc sinh; trẻ bị bỏ rơi nộp biên bản xác nhận việc trẻ bị bỏ rơi; trẻ sinh ra do mang thai hộ nộp văn bản chứng minh việc mang thai hộ",
      }),
      ID_DOC,
      comp("Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu cha, mẹ đã đăng ký kết hôn)", "PRESENT_ORIGINAL", {
        required: false,
        note: "Không phải xuất trình nếu thông tin kết hôn đã có trong Cơ sở dữ liệu hộ tịch điện tử",
      }),
      UY_QUYEN,
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText: `Ngay trong ngày tiếp nhận hồ sơ; ${SAU_15H}.`,
    fees: [
      {
        name: "Lệ phí đăng ký khai sinh",
        amount: 0,
        note: "Miễn lệ phí đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh); đăng ký khai sinh quá hạn thu theo Nghị quyết của HĐND tỉnh",
        legalBasis: "Luật Hộ tịch 2014, Điều 11; Thông tư số 85/2019/TT-BTC",
      },
    ],
    result: "Giấy khai sinh (bản chính, bản giấy hoặc bản điện tử); bản sao Giấy khai sinh nếu có yêu cầu.",
    legalBasis: HO_TICH_BASIS,
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "1.000894",
    name: "Đăng ký kết hôn",
    fieldCode: "HT",
    lifeEventCodes: ["KET_HON"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên; việc kết hôn do nam và nữ tự nguyện quyết định; không bị mất năng lực hành vi dân sự; không thuộc các trường hợp cấm kết hôn theo Luật Hôn nhân và gia đình. Hai bên nam, nữ phải cùng có mặt khi đăng ký kết hôn. Thẩm quyền: Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên.",
    steps: [
      "Hai bên nam, nữ nộp tờ khai và giấy tờ theo quy định tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.",
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra, xác minh (nếu cần); nếu đủ điều kiện kết hôn thì ghi việc kết hôn vào Sổ đăng ký kết hôn và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết hôn.",
      "Hai bên nam, nữ cùng có mặt, ký tên vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn; mỗi bên nhận 01 bản chính Giấy chứng nhận kết hôn.",
    ],
    components: [
      comp("Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai)", "ORIGINAL", {
        templateName: "to-khai-dang-ky-ket-hon.docx",
      }),
      comp("Giấy xác nhận tình trạng hôn nhân của bên không cư trú tại xã nơi đăng ký kết hôn", "ORIGINAL", {
        required: false,
        note: "Không phải nộp nếu thông tin về tình trạng hôn nhân đã được khai thác từ Cơ sở dữ liệu hộ tịch điện tử, Cơ sở dữ liệu quốc gia về dân cư",
      }),
      comp("Trích lục ghi chú ly hôn (trường hợp đã ly hôn tại cơ quan có thẩm quyền nước ngoài)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
      comp("Hộ chiếu, Căn cước hoặc Thẻ căn cước công dân của hai bên nam, nữ", "PRESENT_ORIGINAL"),
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText:
      "Ngay sau khi nhận đủ giấy tờ theo quy định; trường hợp cần xác minh điều kiện kết hôn thì thời hạn giải quyết không quá 05 ngày làm việc.",
    fees: [
      {
        name: "Lệ phí đăng ký kết hôn",
        amount: 0,
        note: "Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước",
        legalBasis: "Luật Hộ tịch 2014, Điều 11",
      },
    ],
    result: "Giấy chứng nhận kết hôn (02 bản chính, mỗi bên vợ, chồng giữ 01 bản).",
    legalBasis: [LUAT_HNGD, ...HO_TICH_BASIS],
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "1.000656",
    name: "Đăng ký khai tử",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_TU"],
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Trong thời hạn 15 ngày kể từ ngày có người chết, vợ, chồng hoặc con, cha, mẹ hoặc người thân thích khác của người chết có trách nhiệm đăng ký khai tử; trường hợp người chết không có người thân thích thì đại diện cơ quan, tổ chức, cá nhân liên quan thực hiện. Thẩm quyền: Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết; nếu không xác định được nơi cư trú cuối cùng thì Ủy ban nhân dân cấp xã nơi người đó chết hoặc nơi phát hiện thi thể.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra; nếu việc khai tử đúng thì ghi nội dung khai tử vào Sổ đăng ký khai tử, cập nhật Cơ sở dữ liệu hộ tịch điện tử và thông báo để xóa đăng ký thường trú.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục khai tử.",
      "Người đi đăng ký khai tử ký vào Sổ đăng ký khai tử và nhận Trích lục khai tử (bản giấy hoặc bản điện tử).",
    ],
    components: [
      comp("Tờ khai đăng ký khai tử theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-khai-tu.docx" }),
      comp("Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp", "ORIGINAL", {
        note: "Ví dụ: Giấy báo tử của bệnh viện; văn bản xác nhận việc chết của người làm chứng; bản án, quyết định tuyên bố một người đã chết của Tòa án",
      }),
      ID_DOC,
      UY_QUYEN,
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText: `Ngay trong ngày tiếp nhận hồ sơ; ${SAU_15H}; trường hợp cần xác minh thì không quá 03 ngày làm việc.`,
    fees: [
      {
        name: "Lệ phí đăng ký khai tử",
        amount: 0,
        note: "Miễn lệ phí đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày chết); đăng ký khai tử quá hạn thu theo Nghị quyết của HĐND tỉnh",
        legalBasis: "Luật Hộ tịch 2014, Điều 11; Thông tư số 85/2019/TT-BTC",
      },
    ],
    result: "Trích lục khai tử (bản chính).",
    legalBasis: HO_TICH_BASIS,
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "1.004873",
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    fieldCode: "HT",
    lifeEventCodes: ["KET_HON"],
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Công dân Việt Nam cư trú trong nước có yêu cầu xác nhận tình trạng hôn nhân để đăng ký kết hôn hoặc sử dụng vào mục đích khác. Giấy xác nhận có giá trị 06 tháng kể từ ngày cấp và chỉ sử dụng cho mục đích đã ghi. Thẩm quyền: Ủy ban nhân dân cấp xã nơi thường trú; trường hợp không có nơi thường trú thì nơi tạm trú.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra, xác minh tình trạng hôn nhân của người yêu cầu (khai thác Cơ sở dữ liệu hộ tịch điện tử; đề nghị nơi cư trú trước đây xác minh nếu cần).",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy xác nhận tình trạng hôn nhân.",
      "Trả kết quả cho người yêu cầu tại Bộ phận Một cửa, qua dịch vụ bưu chính hoặc bản điện tử.",
    ],
    components: [
      comp("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu", "ORIGINAL", {
        templateName: "to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan.docx",
      }),
      comp("Giấy tờ chứng minh việc ly hôn hoặc việc vợ/chồng đã chết (bản án, quyết định ly hôn có hiệu lực; trích lục khai tử)", "ORIGINAL_OR_COPY", {
        required: false,
        note: "Chỉ nộp khi người yêu cầu đã có vợ/chồng nhưng đã ly hôn hoặc người vợ/chồng đã chết",
      }),
      comp("Giấy xác nhận tình trạng hôn nhân đã được cấp trước đây", "ORIGINAL", {
        required: false,
        note: "Nộp lại khi yêu cầu cấp lại để sử dụng vào mục đích khác hoặc khi giấy đã hết thời hạn sử dụng",
      }),
      ID_DOC,
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh tại nơi cư trú trước đây thì thời hạn được kéo dài tương ứng với thời gian xác minh.",
    fees: [hdndFee("Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", 15000)],
    result: "Giấy xác nhận tình trạng hôn nhân (bản chính, có giá trị 06 tháng kể từ ngày cấp).",
    legalBasis: HO_TICH_BASIS,
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "1.001022",
    name: "Đăng ký nhận cha, mẹ, con",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_SINH", "NHAN_CON_NUOI"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Người nhận và người được nhận là cha, mẹ, con còn sống vào thời điểm đăng ký; việc nhận cha, mẹ, con không có tranh chấp. Người nhận và người được nhận phải có mặt khi đăng ký (trường hợp người được nhận là con chưa thành niên hoặc người mất năng lực hành vi dân sự thì người đại diện có mặt). Thẩm quyền: Ủy ban nhân dân cấp xã nơi cư trú của người nhận hoặc người được nhận.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra, xác minh (nếu cần); nếu việc nhận cha, mẹ, con đúng sự thật và không có tranh chấp thì ghi vào Sổ đăng ký nhận cha, mẹ, con.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục đăng ký nhận cha, mẹ, con.",
      "Người nhận và người được nhận có mặt, ký vào Sổ và nhận Trích lục.",
    ],
    components: [
      comp("Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-nhan-cha-me-con.docx" }),
      comp("Chứng cứ chứng minh quan hệ cha, mẹ, con", "ORIGINAL_OR_COPY", {
        note: "Văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ huyết thống; nếu không có thì thư từ, phim ảnh, băng, đĩa, đồ dùng, vật dụng khác chứng minh quan hệ kèm văn bản cam đoan về quan hệ cha, mẹ, con có ít nhất hai người làm chứng",
      }),
      comp("Hộ chiếu, Căn cước hoặc Thẻ căn cước công dân của người nhận và người được nhận", "PRESENT_ORIGINAL"),
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "03 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc.",
    fees: [hdndFee("Lệ phí đăng ký nhận cha, mẹ, con", 15000)],
    result: "Trích lục đăng ký nhận cha, mẹ, con (bản chính).",
    legalBasis: [LUAT_HNGD, ...HO_TICH_BASIS],
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "1.004859",
    name: "Thay đổi, cải chính, bổ sung thông tin hộ tịch",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_SINH"],
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Thay đổi họ, chữ đệm, tên theo Bộ luật Dân sự; cải chính nội dung đã đăng ký khi có sai sót do lỗi của công chức hoặc của người yêu cầu; bổ sung thông tin hộ tịch còn thiếu; xác định lại dân tộc. Việc thay đổi họ, chữ đệm, tên cho người từ đủ 09 tuổi trở lên phải có sự đồng ý của người đó. Từ ngày 01/7/2025 Ủy ban nhân dân cấp xã giải quyết cả các trường hợp trước đây thuộc thẩm quyền cấp huyện. Thẩm quyền: Ủy ban nhân dân cấp xã nơi đã đăng ký hộ tịch trước đây hoặc nơi cư trú của người yêu cầu.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra căn cứ thay đổi, cải chính, bổ sung; nếu có cơ sở thì ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch.",
      "Trả kết quả cho người yêu cầu; trường hợp đăng ký tại nơi khác nơi đăng ký hộ tịch trước đây thì thông báo để ghi vào Sổ hộ tịch tương ứng.",
    ],
    components: [
      comp("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu", "ORIGINAL", {
        templateName: "to-khai-thay-doi-cai-chinh-bo-sung-ho-tich.docx",
      }),
      comp("Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch", "ORIGINAL_OR_COPY", {
        note: "Bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu",
      }),
      comp("Giấy khai sinh hoặc giấy tờ hộ tịch có nội dung cần thay đổi, cải chính, bổ sung", "PRESENT_ORIGINAL"),
      ID_DOC,
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 03 ngày làm việc.",
    fees: [hdndFee("Lệ phí thay đổi, cải chính, bổ sung thông tin hộ tịch", 15000)],
    result: "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch (bản chính).",
    legalBasis: [BLDS, ...HO_TICH_BASIS],
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "2.000635",
    name: "Cấp bản sao trích lục hộ tịch",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_SINH", "KET_HON", "KHAI_TU"],
    audience: "BOTH",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Cá nhân, tổ chức có yêu cầu cấp bản sao trích lục về sự kiện hộ tịch đã được đăng ký (khai sinh, kết hôn, khai tử…) có trong Sổ hộ tịch hoặc Cơ sở dữ liệu hộ tịch điện tử. Cá nhân không được yêu cầu cấp bản sao trích lục hộ tịch của người khác, trừ trường hợp được ủy quyền hoặc là người thân thích.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch tra cứu Sổ hộ tịch, Cơ sở dữ liệu hộ tịch điện tử; nếu có thông tin thì in bản sao trích lục hộ tịch.",
      "Lãnh đạo Ủy ban nhân dân cấp xã ký cấp bản sao trích lục và trả kết quả cho người yêu cầu.",
    ],
    components: [
      comp("Tờ khai cấp bản sao trích lục hộ tịch theo mẫu (cá nhân) hoặc văn bản yêu cầu (cơ quan, tổ chức)", "ORIGINAL", {
        templateName: "to-khai-cap-ban-sao-trich-luc-ho-tich.docx",
      }),
      ID_DOC,
      UY_QUYEN,
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText: `Ngay trong ngày tiếp nhận yêu cầu; ${SAU_15H}.`,
    fees: [
      {
        name: "Phí cấp bản sao trích lục hộ tịch",
        amount: 8000,
        note: "8.000 đồng/bản sao trích lục",
        legalBasis: "Thông tư số 281/2016/TT-BTC",
      },
    ],
    result: "Bản sao trích lục hộ tịch (khai sinh, kết hôn, khai tử… theo yêu cầu).",
    legalBasis: [...HO_TICH_BASIS, L.TT_281_2016_BTC],
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "1.004884",
    name: "Đăng ký lại khai sinh",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_SINH"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Việc khai sinh đã được đăng ký tại cơ quan đăng ký hộ tịch của Việt Nam trước ngày 01/01/2016 nhưng Sổ hộ tịch và bản chính giấy tờ hộ tịch đều bị mất; người yêu cầu đăng ký lại khai sinh còn sống vào thời điểm tiếp nhận hồ sơ. Thẩm quyền: Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh trước đây hoặc nơi người yêu cầu thường trú.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra, xác minh; trường hợp đăng ký lại tại nơi khác nơi đã đăng ký khai sinh trước đây thì có văn bản đề nghị nơi đăng ký trước đây kiểm tra việc lưu giữ Sổ hộ tịch.",
      "Nếu việc đăng ký lại khai sinh là đúng quy định, công chức tư pháp - hộ tịch ghi vào Sổ đăng ký khai sinh; Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy khai sinh.",
      "Người yêu cầu ký vào Sổ và nhận Giấy khai sinh.",
    ],
    components: [
      comp("Tờ khai đăng ký lại khai sinh theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-lai-khai-sinh.docx" }),
      comp("Bản sao Giấy khai sinh trước đây (nếu có)", "COPY", { required: false }),
      comp(
        "Giấy tờ, tài liệu có nội dung về họ, chữ đệm, tên, ngày, tháng, năm sinh, giới tính, dân tộc, quốc tịch, quê quán, quan hệ cha - con, mẹ - con do cơ quan có thẩm quyền cấp (hồ sơ, giấy tờ cá nhân)",
        "ORIGINAL_OR_COPY",
        { note: "Bắt buộc khi không còn bản sao Giấy khai sinh" },
      ),
      comp("Văn bản cam đoan của người yêu cầu về việc đã đăng ký khai sinh nhưng không lưu giữ được bản sao Giấy khai sinh", "ORIGINAL", {
        required: false,
      }),
      ID_DOC,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp phải xác minh tại nơi đã đăng ký khai sinh trước đây thì thời hạn được kéo dài thêm không quá 05 ngày làm việc.",
    fees: [hdndFee("Lệ phí đăng ký lại khai sinh", 10000)],
    result: "Giấy khai sinh (bản chính) có ghi chú “Đăng ký lại”.",
    legalBasis: HO_TICH_BASIS,
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "1.000689",
    name: "Đăng ký khai sinh kết hợp nhận cha, mẹ, con",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_SINH", "NHAN_CON_NUOI"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Trẻ chưa đăng ký khai sinh mà có người yêu cầu nhận là cha hoặc mẹ; việc nhận cha, mẹ, con không có tranh chấp; người nhận và người được nhận (hoặc người đại diện) có mặt khi đăng ký. Thẩm quyền: Ủy ban nhân dân cấp xã nơi cư trú của người cha hoặc người mẹ.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra, xác minh (nếu cần); nếu đúng quy định thì ghi đồng thời nội dung khai sinh và nhận cha, mẹ, con vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy khai sinh.",
      "Người yêu cầu ký vào Sổ và nhận Giấy khai sinh.",
    ],
    components: [
      comp("Tờ khai đăng ký khai sinh theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-khai-sinh.docx" }),
      comp("Tờ khai đăng ký nhận cha, mẹ, con theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-nhan-cha-me-con.docx" }),
      comp("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", "ORIGINAL"),
      comp("Chứng cứ chứng minh quan hệ cha, mẹ, con", "ORIGINAL_OR_COPY", {
        note: "Văn bản của cơ quan y tế, cơ quan giám định xác nhận quan hệ huyết thống hoặc chứng cứ khác kèm văn bản cam đoan có ít nhất hai người làm chứng",
      }),
      ID_DOC,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "03 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp cần xác minh thì thời hạn được kéo dài thêm không quá 05 ngày làm việc.",
    fees: [
      {
        name: "Lệ phí đăng ký khai sinh",
        amount: 0,
        note: "Miễn lệ phí đăng ký khai sinh đúng hạn",
        legalBasis: "Luật Hộ tịch 2014, Điều 11",
      },
      hdndFee("Lệ phí đăng ký nhận cha, mẹ, con", 15000),
    ],
    result: "Giấy khai sinh (bản chính) có thông tin về cha, mẹ được nhận.",
    legalBasis: HO_TICH_BASIS,
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "1.004837",
    name: "Đăng ký giám hộ",
    fieldCode: "HT",
    lifeEventCodes: ["NHAN_CON_NUOI"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Người được giám hộ là người chưa thành niên không còn cha, mẹ hoặc cha, mẹ không đủ điều kiện thực hiện quyền, nghĩa vụ; người mất năng lực hành vi dân sự… theo Bộ luật Dân sự. Người giám hộ đáp ứng điều kiện tại Điều 49, Điều 50 Bộ luật Dân sự và có văn bản cử người giám hộ. Thẩm quyền: Ủy ban nhân dân cấp xã nơi cư trú của người được giám hộ hoặc người giám hộ.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra; nếu thấy đủ điều kiện thì ghi vào Sổ đăng ký giám hộ.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục đăng ký giám hộ.",
      "Người yêu cầu ký vào Sổ và nhận Trích lục.",
    ],
    components: [
      comp("Tờ khai đăng ký giám hộ theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-giam-ho.docx" }),
      comp("Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự", "ORIGINAL"),
      ID_DOC,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí đăng ký giám hộ",
        amount: 0,
        note: "Miễn lệ phí đăng ký giám hộ",
        legalBasis: "Luật Hộ tịch 2014, Điều 11",
      },
    ],
    result: "Trích lục đăng ký giám hộ (bản chính).",
    legalBasis: [BLDS, ...HO_TICH_BASIS],
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "1.004845",
    name: "Đăng ký chấm dứt giám hộ",
    fieldCode: "HT",
    lifeEventCodes: ["NHAN_CON_NUOI"],
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Có căn cứ chấm dứt việc giám hộ theo Điều 62 Bộ luật Dân sự (người được giám hộ đã có năng lực hành vi dân sự đầy đủ, đã chết, được nhận làm con nuôi…). Thẩm quyền: Ủy ban nhân dân cấp xã nơi đã đăng ký giám hộ.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra; nếu việc chấm dứt giám hộ đủ điều kiện thì ghi vào Sổ đăng ký giám hộ.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục đăng ký chấm dứt giám hộ; trả kết quả cho người yêu cầu.",
    ],
    components: [
      comp("Tờ khai đăng ký chấm dứt giám hộ theo mẫu", "ORIGINAL", { templateName: "to-khai-cham-dut-giam-ho.docx" }),
      comp("Giấy tờ làm căn cứ chấm dứt việc giám hộ theo quy định của Bộ luật Dân sự", "ORIGINAL_OR_COPY"),
      ID_DOC,
    ],
    timeLimit: 2,
    timeUnit: "WORKING_DAY",
    timeLimitText: "02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí đăng ký chấm dứt giám hộ",
        amount: 0,
        note: "Không thu lệ phí",
        legalBasis: "Luật Hộ tịch 2014, Điều 11",
      },
    ],
    result: "Trích lục đăng ký chấm dứt giám hộ (bản chính).",
    legalBasis: [BLDS, ...HO_TICH_BASIS],
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "2.000528",
    name: "Đăng ký khai sinh có yếu tố nước ngoài",
    fieldCode: "HT",
    lifeEventCodes: ["KHAI_SINH"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Trẻ em sinh ra tại Việt Nam có cha hoặc mẹ là công dân Việt Nam còn người kia là người nước ngoài hoặc người không quốc tịch; hoặc cha, mẹ đều là công dân Việt Nam nhưng một bên định cư ở nước ngoài; hoặc trẻ sinh ra ở nước ngoài chưa được đăng ký khai sinh về cư trú tại Việt Nam. Thẩm quyền: từ ngày 01/7/2025 là Ủy ban nhân dân cấp xã nơi cư trú của cha hoặc mẹ.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra giấy tờ; nếu thông tin khai sinh đầy đủ, phù hợp thì ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật Cơ sở dữ liệu hộ tịch điện tử để lấy Số định danh cá nhân (trường hợp trẻ có quốc tịch Việt Nam).",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy khai sinh.",
      "Người đi đăng ký ký vào Sổ và nhận Giấy khai sinh.",
    ],
    components: [
      comp("Tờ khai đăng ký khai sinh theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-khai-sinh.docx" }),
      comp("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", "ORIGINAL"),
      comp("Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con", "ORIGINAL", {
        required: false,
        note: "Trường hợp chọn quốc tịch nước ngoài phải có xác nhận của cơ quan có thẩm quyền của nước mà trẻ được chọn mang quốc tịch",
      }),
      comp("Hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của cha, mẹ là người nước ngoài", "PRESENT_ORIGINAL"),
      ID_DOC,
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText: `Ngay sau khi nhận đủ giấy tờ theo quy định; ${SAU_15H}.`,
    fees: [hdndFee("Lệ phí đăng ký khai sinh có yếu tố nước ngoài", 75000)],
    result: "Giấy khai sinh (bản chính).",
    legalBasis: HO_TICH_BASIS,
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "1.000893",
    name: "Đăng ký kết hôn có yếu tố nước ngoài",
    fieldCode: "HT",
    lifeEventCodes: ["KET_HON"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Công dân Việt Nam kết hôn với người nước ngoài; công dân Việt Nam cư trú trong nước kết hôn với công dân Việt Nam định cư ở nước ngoài hoặc có quốc tịch nước ngoài; người nước ngoài kết hôn với nhau thường trú ở Việt Nam. Hai bên phải đáp ứng điều kiện kết hôn của Luật Hôn nhân và gia đình Việt Nam và cùng có mặt khi nhận Giấy chứng nhận kết hôn. Thẩm quyền: từ ngày 01/7/2025 là Ủy ban nhân dân cấp xã nơi cư trú của công dân Việt Nam.",
    steps: [
      "Hai bên (hoặc một bên) nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã hoặc nộp trực tuyến.",
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch nghiên cứu, thẩm tra hồ sơ, xác minh làm rõ (nếu cần) và báo cáo Chủ tịch Ủy ban nhân dân cấp xã.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký Giấy chứng nhận kết hôn nếu hai bên đủ điều kiện.",
      "Hai bên nam, nữ cùng có mặt tại trụ sở, ký vào Sổ đăng ký kết hôn và Giấy chứng nhận kết hôn; nhận mỗi bên 01 bản chính.",
    ],
    components: [
      comp("Tờ khai đăng ký kết hôn theo mẫu", "ORIGINAL", { templateName: "to-khai-dang-ky-ket-hon.docx" }),
      comp("Giấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền nước ngoài cấp, còn giá trị sử dụng", "ORIGINAL", {
        note: "Phải được hợp pháp hóa lãnh sự và dịch sang tiếng Việt (bản dịch có chứng thực), trừ trường hợp được miễn hợp pháp hóa lãnh sự",
      }),
      comp(
        "Giấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình",
        "ORIGINAL",
        { note: "Cấp không quá 06 tháng tính đến ngày nhận hồ sơ" },
      ),
      comp("Hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của người nước ngoài", "PRESENT_ORIGINAL"),
      ID_DOC,
    ],
    timeLimit: 15,
    timeUnit: "WORKING_DAY",
    timeLimitText: "15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [hdndFee("Lệ phí đăng ký kết hôn có yếu tố nước ngoài", 1000000)],
    result: "Giấy chứng nhận kết hôn (02 bản chính).",
    legalBasis: [LUAT_HNGD, ...HO_TICH_BASIS],
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "2.000554",
    name: "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
    fieldCode: "HT",
    lifeEventCodes: ["KET_HON"],
    audience: "CITIZEN",
    onlineLevel: "FULL",
    channels: ["COUNTER", "ONLINE", "POST"],
    conditions:
      "Việc kết hôn giữa công dân Việt Nam với nhau hoặc với người nước ngoài đã được đăng ký tại cơ quan có thẩm quyền của nước ngoài, không vi phạm điều cấm của Luật Hôn nhân và gia đình Việt Nam. Thẩm quyền: từ ngày 01/7/2025 là Ủy ban nhân dân cấp xã nơi cư trú của công dân Việt Nam.",
    steps: [
      RECEIVE_STEP,
      CHECK_STEP,
      "Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu việc kết hôn phù hợp pháp luật Việt Nam thì ghi vào Sổ hộ tịch và cập nhật Cơ sở dữ liệu hộ tịch điện tử.",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Trích lục ghi chú kết hôn; trả kết quả cho người yêu cầu.",
    ],
    components: [
      comp("Tờ khai ghi vào Sổ hộ tịch việc kết hôn theo mẫu", "ORIGINAL", { templateName: "to-khai-ghi-chu-ket-hon.docx" }),
      comp("Bản sao giấy tờ chứng nhận việc kết hôn do cơ quan có thẩm quyền nước ngoài cấp", "CERTIFIED_COPY", {
        note: "Được hợp pháp hóa lãnh sự và dịch sang tiếng Việt, trừ trường hợp được miễn hợp pháp hóa lãnh sự",
      }),
      ID_DOC,
      UY_QUYEN,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thì được kéo dài thêm không quá 05 ngày làm việc.",
    fees: [hdndFee("Lệ phí ghi vào Sổ hộ tịch việc kết hôn đã giải quyết tại nước ngoài", 75000)],
    result: "Trích lục ghi chú kết hôn (bản chính).",
    legalBasis: [LUAT_HNGD, ...HO_TICH_BASIS],
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "1.003005",
    name: "Đăng ký việc nuôi con nuôi trong nước",
    fieldCode: "NCN",
    lifeEventCodes: ["NHAN_CON_NUOI"],
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Người nhận con nuôi có năng lực hành vi dân sự đầy đủ; hơn con nuôi từ 20 tuổi trở lên (trừ trường hợp cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột nhận con nuôi); có điều kiện về sức khỏe, kinh tế, chỗ ở bảo đảm việc chăm sóc, nuôi dưỡng, giáo dục con nuôi; có tư cách đạo đức tốt. Người được nhận làm con nuôi là trẻ em dưới 16 tuổi, hoặc từ đủ 16 đến dưới 18 tuổi nếu được cha dượng, mẹ kế, cô, cậu, dì, chú, bác ruột nhận làm con nuôi. Thẩm quyền: Ủy ban nhân dân cấp xã nơi thường trú của người được giới thiệu làm con nuôi hoặc của người nhận con nuôi.",
    steps: [
      "Người nhận con nuôi nộp hồ sơ của mình và hồ sơ của người được giới thiệu làm con nuôi tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã.",
      CHECK_STEP,
      "Ủy ban nhân dân cấp xã kiểm tra hồ sơ, lấy ý kiến của cha mẹ đẻ hoặc người giám hộ và của người được giới thiệu làm con nuôi từ đủ 09 tuổi trở lên.",
      "Nếu đủ điều kiện, Ủy ban nhân dân cấp xã tổ chức đăng ký nuôi con nuôi, trao Giấy chứng nhận nuôi con nuôi cho cha mẹ nuôi, cha mẹ đẻ hoặc người giám hộ, đại diện cơ sở nuôi dưỡng; tổ chức giao nhận con nuôi và ghi vào Sổ đăng ký nuôi con nuôi.",
    ],
    components: [
      comp("Đơn xin nhận con nuôi theo mẫu", "ORIGINAL", { templateName: "don-xin-nhan-con-nuoi.docx" }),
      comp("Phiếu lý lịch tư pháp của người nhận con nuôi", "ORIGINAL", { note: "Cấp chưa quá 06 tháng tính đến ngày nộp hồ sơ" }),
      comp("Văn bản xác nhận tình trạng hôn nhân của người nhận con nuôi", "ORIGINAL"),
      comp("Giấy khám sức khỏe của người nhận con nuôi do cơ quan y tế có thẩm quyền cấp", "ORIGINAL", {
        note: "Cấp chưa quá 06 tháng tính đến ngày nộp hồ sơ",
      }),
      comp("Văn bản xác nhận hoàn cảnh gia đình, tình trạng chỗ ở, điều kiện kinh tế của người nhận con nuôi", "ORIGINAL", {
        required: false,
        note: "Không yêu cầu khi cha dượng, mẹ kế nhận con riêng của vợ/chồng hoặc cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi",
      }),
      comp("Giấy khai sinh của người được giới thiệu làm con nuôi", "CERTIFIED_COPY"),
      comp("Giấy khám sức khỏe của người được giới thiệu làm con nuôi", "ORIGINAL"),
      comp("Hai ảnh toàn thân, nhìn thẳng của người được giới thiệu làm con nuôi, chụp không quá 06 tháng", "ORIGINAL", { count: 2 }),
      comp("Biên bản xác nhận trẻ bị bỏ rơi hoặc giấy tờ chứng minh cha, mẹ đẻ đã chết, mất tích, mất năng lực hành vi dân sự (nếu có)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
      ID_DOC,
    ],
    numberOfSets: 1,
    timeLimit: 30,
    timeUnit: "CALENDAR_DAY",
    timeLimitText: "30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí đăng ký nuôi con nuôi trong nước",
        amount: 400000,
        note: "Miễn lệ phí khi cha dượng, mẹ kế nhận con riêng của vợ/chồng; cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi; nhận trẻ em khuyết tật, nhiễm HIV/AIDS hoặc mắc bệnh hiểm nghèo; người nhận con nuôi thường trú ở xã có điều kiện kinh tế - xã hội đặc biệt khó khăn",
        legalBasis: "Nghị định số 114/2016/NĐ-CP",
      },
    ],
    result: "Giấy chứng nhận nuôi con nuôi (bản chính); trích lục ghi vào Sổ đăng ký nuôi con nuôi.",
    legalBasis: [L.LUAT_NCN, L.ND_19_2011, L.ND_24_2019, L.ND_114_2016, L.LUAT_HO_TICH, L.ND_120_2025],
    locationIndependent: false,
  },
];
