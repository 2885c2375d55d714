/** Đăng ký, quản lý cư trú — Công an cấp xã (cơ quan đăng ký cư trú). */
import type { SeedProcedure } from "../types";
import { comp, L, PUB, UY_QUYEN } from "./_common";

const CT01 = comp("Tờ khai thay đổi thông tin cư trú (mẫu CT01)", "ORIGINAL", {
  templateName: "CT01-to-khai-thay-doi-thong-tin-cu-tru.docx",
  note: "Ban hành kèm theo Thông tư số 66/2023/TT-BCA; người chưa thành niên phải ghi ý kiến đồng ý của cha, mẹ hoặc người giám hộ",
});

const CU_TRU_BASIS = [L.LUAT_CU_TRU, L.ND_154_2024, L.TT_55_2021_BCA, L.TT_66_2023_BCA, L.TT_75_2022_BTC];

const RECEIVE =
  "Công dân nộp hồ sơ trực tiếp tại Công an cấp xã nơi cư trú (hoặc Trung tâm Phục vụ hành chính công cấp xã để chuyển Công an cấp xã) hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia, Cổng dịch vụ công Bộ Công an, ứng dụng VNeID.";
const CHECK =
  "Cơ quan đăng ký cư trú kiểm tra hồ sơ: hồ sơ đầy đủ, hợp lệ thì cấp Phiếu tiếp nhận hồ sơ và hẹn trả kết quả; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần.";
const NOTIFY =
  "Cơ quan đăng ký cư trú thông báo kết quả cho người đăng ký (văn bản, tin nhắn điện tử hoặc qua ứng dụng VNeID); trường hợp từ chối phải trả lời bằng văn bản và nêu rõ lý do.";

const COMMON = {
  fieldCode: "CT",
  level: "COMMUNE" as const,
  audience: "CITIZEN" as const,
  onlineLevel: "FULL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const],
  decidingAgencyCode: null,
  // Every commune: the commune's one-stop desk may receive the dossier; the commune police (cơ quan đăng ký cư trú) decides.
  implementingAgencyCodes: [],
  numberOfSets: 1,
  legalBasis: CU_TRU_BASIS,
  locationIndependent: false,
  ...PUB.CU_TRU,
};

export const cuTruProcedures: SeedProcedure[] = [
  {
    ...COMMON,
    code: "1.004194",
    name: "Đăng ký thường trú",
    lifeEventCodes: ["CU_TRU", "KET_HON"],
    conditions:
      "Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình; hoặc được chủ hộ, chủ sở hữu chỗ ở hợp pháp đồng ý cho nhập hộ khẩu (vợ về ở với chồng, chồng về ở với vợ, con về ở với cha mẹ, cha mẹ về ở với con, người cao tuổi về ở với người thân…); hoặc thuê, mượn, ở nhờ chỗ ở hợp pháp và bảo đảm diện tích nhà ở tối thiểu theo quy định (không thấp hơn 08 m² sàn/người) khi được chủ sở hữu đồng ý. Không thuộc địa điểm không được đăng ký thường trú mới theo Điều 23 Luật Cư trú.",
    steps: [
      RECEIVE,
      CHECK,
      "Công an cấp xã thẩm định hồ sơ, kiểm tra điều kiện đăng ký thường trú; cập nhật thông tin về nơi thường trú mới của người đăng ký vào Cơ sở dữ liệu về cư trú.",
      NOTIFY,
    ],
    components: [
      CT01,
      comp("Giấy tờ, tài liệu chứng minh việc sở hữu chỗ ở hợp pháp", "ORIGINAL_OR_COPY", {
        note: "Không phải nộp nếu thông tin đã có trong cơ sở dữ liệu chuyên ngành đã kết nối với Cơ sở dữ liệu quốc gia về dân cư",
      }),
      comp("Ý kiến đồng ý của chủ hộ, chủ sở hữu chỗ ở hợp pháp (ghi vào Tờ khai CT01 hoặc văn bản riêng)", "ORIGINAL", {
        required: false,
        note: "Trường hợp nhập vào hộ gia đình hoặc thuê, mượn, ở nhờ",
      }),
      comp("Giấy tờ, tài liệu chứng minh quan hệ nhân thân với chủ hộ, thành viên hộ gia đình", "ORIGINAL_OR_COPY", {
        required: false,
        note: "Trường hợp nhập hộ theo quan hệ nhân thân, trừ khi thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu hộ tịch điện tử",
      }),
      comp("Hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ chỗ ở hợp pháp", "ORIGINAL_OR_COPY", {
        required: false,
        note: "Trường hợp thuê, mượn, ở nhờ; không bắt buộc công chứng, chứng thực",
      }),
      UY_QUYEN,
    ],
    timeLimit: 7,
    timeUnit: "WORKING_DAY",
    timeLimitText: "07 ngày làm việc kể từ ngày nhận đủ hồ sơ và đúng thủ tục theo quy định.",
    fees: [
      {
        name: "Lệ phí đăng ký thường trú",
        amount: 20000,
        note: "Nộp hồ sơ trực tuyến: 10.000 đồng/lần đăng ký. Miễn cho trẻ em, người cao tuổi, người khuyết tật, người có công với cách mạng và thân nhân, người thuộc hộ nghèo, đồng bào dân tộc thiểu số ở xã có điều kiện kinh tế - xã hội đặc biệt khó khăn",
        legalBasis: "Thông tư số 75/2022/TT-BTC",
      },
    ],
    result: "Thông tin về nơi thường trú mới được cập nhật vào Cơ sở dữ liệu về cư trú; thông báo kết quả đăng ký thường trú cho người đăng ký.",
  },
  {
    ...COMMON,
    code: "1.004222",
    name: "Đăng ký tạm trú",
    lifeEventCodes: ["CU_TRU", "VIEC_LAM", "HOC_TAP"],
    conditions:
      "Công dân đến sinh sống tại chỗ ở hợp pháp ngoài phạm vi đơn vị hành chính cấp xã nơi đã đăng ký thường trú để lao động, học tập hoặc vì mục đích khác từ 30 ngày trở lên. Thời hạn tạm trú tối đa là 02 năm và có thể tiếp tục gia hạn nhiều lần. Không đăng ký tạm trú mới tại chỗ ở thuộc các trường hợp quy định tại Điều 23 Luật Cư trú.",
    steps: [
      RECEIVE,
      CHECK,
      "Công an cấp xã thẩm định hồ sơ, cập nhật thông tin về nơi tạm trú mới, thời hạn tạm trú của người đăng ký vào Cơ sở dữ liệu về cư trú.",
      NOTIFY,
    ],
    components: [
      CT01,
      comp("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", "ORIGINAL_OR_COPY", {
        note: "Trường hợp thuê, mượn, ở nhờ: hợp đồng hoặc văn bản cho thuê, cho mượn, cho ở nhờ; không phải nộp nếu thông tin đã có trong cơ sở dữ liệu",
      }),
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ và đúng thủ tục theo quy định.",
    fees: [
      {
        name: "Lệ phí đăng ký tạm trú",
        amount: 15000,
        note: "Nộp hồ sơ trực tuyến: 7.000 đồng/lần đăng ký. Các trường hợp miễn như đối với đăng ký thường trú",
        legalBasis: "Thông tư số 75/2022/TT-BTC",
      },
    ],
    result: "Thông tin về nơi tạm trú và thời hạn tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú; thông báo kết quả đăng ký tạm trú cho người đăng ký.",
  },
  {
    ...COMMON,
    code: "1.004216",
    name: "Gia hạn tạm trú",
    lifeEventCodes: ["CU_TRU"],
    conditions:
      "Trong thời hạn 15 ngày trước ngày kết thúc thời hạn tạm trú đã đăng ký, công dân có nhu cầu tiếp tục tạm trú tại chỗ ở đó phải làm thủ tục gia hạn tạm trú.",
    steps: [
      RECEIVE,
      CHECK,
      "Công an cấp xã thẩm định hồ sơ, cập nhật thời hạn tạm trú mới vào Cơ sở dữ liệu về cư trú.",
      NOTIFY,
    ],
    components: [
      CT01,
      comp("Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp còn hiệu lực (trường hợp có thay đổi so với lần đăng ký trước)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ và đúng thủ tục theo quy định.",
    fees: [
      {
        name: "Lệ phí gia hạn tạm trú",
        amount: 10000,
        note: "Nộp hồ sơ trực tuyến: 5.000 đồng/lần",
        legalBasis: "Thông tư số 75/2022/TT-BTC",
      },
    ],
    result: "Thời hạn tạm trú mới được cập nhật vào Cơ sở dữ liệu về cư trú; thông báo kết quả gia hạn tạm trú.",
  },
  {
    ...COMMON,
    code: "1.004218",
    name: "Xóa đăng ký thường trú",
    lifeEventCodes: ["CU_TRU", "KHAI_TU"],
    conditions:
      "Người thuộc một trong các trường hợp quy định tại Điều 24 Luật Cư trú: chết, có quyết định của Tòa án tuyên bố mất tích hoặc đã chết; ra nước ngoài để định cư; vắng mặt liên tục tại nơi thường trú từ 12 tháng trở lên mà không đăng ký tạm trú ở nơi khác hoặc không khai báo tạm vắng; đã được cơ quan có thẩm quyền cho thôi quốc tịch Việt Nam; nhà ở đã bị phá dỡ, tịch thu… Người thuộc hộ gia đình hoặc người được ủy quyền có trách nhiệm nộp hồ sơ trong thời hạn 07 ngày kể từ ngày phát sinh.",
    steps: [
      RECEIVE,
      CHECK,
      "Công an cấp xã thẩm định, thực hiện xóa đăng ký thường trú và cập nhật việc xóa đăng ký thường trú vào Cơ sở dữ liệu về cư trú.",
      NOTIFY,
    ],
    components: [
      CT01,
      comp("Giấy tờ, tài liệu chứng minh thuộc trường hợp xóa đăng ký thường trú", "ORIGINAL_OR_COPY", {
        note: "Ví dụ: trích lục khai tử, quyết định của Tòa án; không phải nộp nếu thông tin đã có trong cơ sở dữ liệu",
      }),
      UY_QUYEN,
    ],
    timeLimit: 1,
    timeUnit: "WORKING_DAY",
    timeLimitText: "01 ngày làm việc kể từ ngày nhận đủ hồ sơ và đúng thủ tục theo quy định.",
    fees: [{ name: "Lệ phí xóa đăng ký thường trú", amount: 0, note: "Không thu lệ phí" }],
    result: "Thông tin xóa đăng ký thường trú được cập nhật vào Cơ sở dữ liệu về cư trú; thông báo kết quả cho người yêu cầu.",
  },
  {
    ...COMMON,
    code: "1.004208",
    name: "Khai báo tạm vắng",
    lifeEventCodes: ["CU_TRU", "VIEC_LAM"],
    conditions:
      "Công dân thuộc trường hợp phải khai báo tạm vắng theo Điều 31 Luật Cư trú: bị can, bị cáo đang tại ngoại, người bị kết án phạt tù chưa có quyết định thi hành án hoặc được hoãn, tạm đình chỉ, người đang chấp hành án treo, cải tạo không giam giữ, người đang bị quản chế… đi khỏi phạm vi đơn vị hành chính cấp xã nơi cư trú từ 01 ngày trở lên; người trong độ tuổi thực hiện nghĩa vụ quân sự đi khỏi nơi thường trú từ 03 tháng trở lên; người đi khỏi nơi thường trú từ 12 tháng trở lên mà không đăng ký tạm trú ở nơi khác (trừ trường hợp xuất cảnh ra nước ngoài).",
    steps: [
      "Người khai báo tạm vắng nộp đề nghị tại Công an cấp xã nơi cư trú hoặc qua Cổng Dịch vụ công, ứng dụng VNeID (có thể khai báo qua điện thoại, phương tiện điện tử khác đối với trường hợp đi khỏi nơi thường trú từ 12 tháng trở lên).",
      CHECK,
      "Công an cấp xã kiểm tra nội dung khai báo, cấp Phiếu khai báo tạm vắng và cập nhật vào Cơ sở dữ liệu về cư trú.",
      "Trả Phiếu khai báo tạm vắng cho người khai báo; trường hợp từ chối phải nêu rõ lý do.",
    ],
    components: [
      comp("Đề nghị khai báo tạm vắng (ghi vào Tờ khai CT01 hoặc khai báo trên hệ thống điện tử)", "ORIGINAL"),
      comp("Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục người đó", "ORIGINAL", {
        required: false,
        note: "Bắt buộc đối với bị can, bị cáo đang tại ngoại, người đang chấp hành án treo, cải tạo không giam giữ, người bị quản chế…",
      }),
    ],
    timeLimit: 1,
    timeUnit: "WORKING_DAY",
    timeLimitText: "01 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp phức tạp có thể kéo dài thêm không quá 02 ngày làm việc.",
    fees: [{ name: "Lệ phí khai báo tạm vắng", amount: 0, note: "Không thu lệ phí" }],
    result: "Phiếu khai báo tạm vắng; thông tin tạm vắng được cập nhật vào Cơ sở dữ liệu về cư trú.",
  },
  {
    ...COMMON,
    code: "1.004227",
    name: "Xác nhận thông tin về cư trú",
    lifeEventCodes: ["CU_TRU", "HOC_TAP", "VIEC_LAM"],
    conditions:
      "Công dân có yêu cầu xác nhận thông tin về cư trú của mình (thời gian, địa điểm, hình thức đăng ký cư trú) đã có trong Cơ sở dữ liệu về cư trú. Có thể yêu cầu tại Công an cấp xã bất kỳ không phụ thuộc nơi cư trú.",
    steps: [
      RECEIVE,
      CHECK,
      "Công an cấp xã tra cứu Cơ sở dữ liệu về cư trú, xác minh (nếu cần) và lập Giấy xác nhận thông tin về cư trú.",
      "Trả Giấy xác nhận thông tin về cư trú (bản giấy hoặc bản điện tử gửi qua tài khoản định danh điện tử).",
    ],
    components: [
      comp("Tờ khai thay đổi thông tin cư trú (mẫu CT01) ghi rõ nội dung đề nghị xác nhận", "ORIGINAL", {
        templateName: "CT01-to-khai-thay-doi-thong-tin-cu-tru.docx",
      }),
    ],
    timeLimit: 1,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "01 ngày làm việc kể từ ngày nhận đủ hồ sơ đối với thông tin đã có trong Cơ sở dữ liệu về cư trú; không quá 03 ngày làm việc trường hợp cần xác minh.",
    fees: [{ name: "Lệ phí xác nhận thông tin về cư trú", amount: 0, note: "Không thu lệ phí" }],
    result: "Giấy xác nhận thông tin về cư trú (mẫu CT07).",
    locationIndependent: true,
  },
];
