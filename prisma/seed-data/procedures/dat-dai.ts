/** Đất đai — Ủy ban nhân dân cấp xã (cấp Giấy chứng nhận lần đầu, chuyển mục đích) và Văn phòng Đăng ký đất đai tỉnh. */
import type { SeedProcedure } from "../types";
import { AG, comp, HDND_FEE_BASIS, L, PUB, UY_QUYEN } from "./_common";

const DAT_DAI_BASIS = [L.LUAT_DAT_DAI, L.ND_101_2024, L.ND_102_2024, L.ND_151_2025, L.TT_10_2024_BTNMT, L.TT_85_2019_BTC];

const GCN_GOC = comp("Giấy chứng nhận đã cấp (bản gốc)", "ORIGINAL");
const DON_11DK = comp("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)", "ORIGINAL", {
  templateName: "mau-11-dk-don-dang-ky-bien-dong.docx",
});

const MOUNTAIN_NOTE =
  "không kể thời gian niêm yết công khai, thời gian thực hiện nghĩa vụ tài chính, thời gian xem xét xử lý đối với trường hợp vi phạm pháp luật đất đai; tăng thêm 10 ngày làm việc đối với các xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn";

const PROVINCE_COMMON = {
  fieldCode: "DD",
  level: "PROVINCE" as const,
  decidingAgencyCode: AG.VP_DK_DAT_DAI,
  implementingAgencyCodes: [AG.VP_DK_DAT_DAI],
  numberOfSets: 1,
  legalBasis: DAT_DAI_BASIS,
  ...PUB.DAT_DAI_TINH,
};

const RECEIVE_PROVINCE =
  "Người sử dụng đất nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh, Bộ phận Một cửa cấp xã hoặc Văn phòng Đăng ký đất đai (chi nhánh), hoặc nộp trực tuyến trên Cổng Dịch vụ công; được lựa chọn nơi nộp hồ sơ không phụ thuộc địa giới hành chính trong phạm vi tỉnh.";
const CHECK =
  "Cơ quan tiếp nhận kiểm tra hồ sơ: hồ sơ đầy đủ thì cấp Giấy tiếp nhận hồ sơ và hẹn trả kết quả; chưa đầy đủ thì hướng dẫn bổ sung, hoàn thiện một lần bằng văn bản.";

export const datDaiProcedures: SeedProcedure[] = [
  {
    code: "1.012756",
    name: "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
    fieldCode: "DD",
    lifeEventCodes: ["DAT_DAI_NHA_O"],
    level: "COMMUNE",
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    decidingAgencyCode: null,
    implementingAgencyCodes: [],
    conditions:
      "Hộ gia đình, cá nhân, cộng đồng dân cư đang sử dụng đất chưa được cấp Giấy chứng nhận, có giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai hoặc không có giấy tờ nhưng đủ điều kiện theo Điều 138, 139, 140 Luật Đất đai; đất không có tranh chấp. Người được cấp Giấy chứng nhận phải thực hiện nghĩa vụ tài chính (tiền sử dụng đất, lệ phí trước bạ…) theo thông báo của cơ quan thuế, trừ trường hợp được miễn, ghi nợ. Thẩm quyền: từ ngày 01/7/2025 Ủy ban nhân dân cấp xã nơi có đất cấp Giấy chứng nhận cho hộ gia đình, cá nhân, cộng đồng dân cư.",
    steps: [
      "Người sử dụng đất nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã nơi có đất hoặc nộp trực tuyến.",
      CHECK,
      "Ủy ban nhân dân cấp xã kiểm tra hiện trạng sử dụng đất, xác nhận nguồn gốc, thời điểm sử dụng đất, sự phù hợp với quy hoạch; niêm yết công khai kết quả kiểm tra tại trụ sở Ủy ban nhân dân cấp xã và khu dân cư nơi có đất trong thời hạn 15 ngày.",
      "Văn phòng Đăng ký đất đai (chi nhánh) trích lục hoặc trích đo bản đồ địa chính (nếu cần), gửi thông tin địa chính đến cơ quan thuế để xác định nghĩa vụ tài chính.",
      "Người sử dụng đất nộp nghĩa vụ tài chính theo thông báo của cơ quan thuế (trừ trường hợp được miễn, ghi nợ).",
      "Chủ tịch Ủy ban nhân dân cấp xã ký cấp Giấy chứng nhận; Văn phòng Đăng ký đất đai cập nhật cơ sở dữ liệu đất đai, hồ sơ địa chính.",
      "Trao Giấy chứng nhận cho người được cấp tại nơi nộp hồ sơ.",
    ],
    components: [
      comp("Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)", "ORIGINAL", {
        templateName: "mau-04-dk-don-dang-ky-dat-dai.docx",
      }),
      comp("Giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai (nếu có)", "ORIGINAL_OR_COPY", {
        required: false,
        note: "Bản sao có công chứng, chứng thực hoặc bản sao kèm bản chính để đối chiếu",
      }),
      comp("Giấy tờ về tài sản gắn liền với đất (trường hợp đăng ký quyền sở hữu tài sản)", "ORIGINAL_OR_COPY", { required: false }),
      comp("Chứng từ thực hiện nghĩa vụ tài chính; giấy tờ liên quan đến việc miễn, giảm nghĩa vụ tài chính (nếu có)", "COPY", {
        required: false,
      }),
      comp("Văn bản xác định các thành viên có chung quyền sử dụng đất của hộ gia đình", "ORIGINAL", {
        required: false,
        note: "Trường hợp hộ gia đình đang sử dụng đất",
      }),
      UY_QUYEN,
    ],
    numberOfSets: 1,
    timeLimit: 20,
    timeUnit: "WORKING_DAY",
    timeLimitText: `Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${MOUNTAIN_NOTE}).`,
    fees: [
      {
        name: "Lệ phí cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
        amount: 25000,
        note: "Giấy chứng nhận chỉ có quyền sử dụng đất: 25.000 đồng/giấy; có cả tài sản gắn liền với đất: 100.000 đồng/giấy; hộ gia đình, cá nhân tại các xã thu bằng 50% mức trên",
        legalBasis: HDND_FEE_BASIS,
      },
      {
        name: "Phí thẩm định hồ sơ cấp Giấy chứng nhận",
        amount: 300000,
        note: "Mức thu theo diện tích, mục đích sử dụng đất quy định tại Nghị quyết của HĐND tỉnh",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; hồ sơ địa chính được cập nhật.",
    legalBasis: DAT_DAI_BASIS,
    locationIndependent: false,
    ...PUB.DAT_DAI_XA,
  },
  {
    ...PROVINCE_COMMON,
    code: "1.012766",
    name: "Đăng ký biến động đất đai (chuyển nhượng, tặng cho, thừa kế)",
    lifeEventCodes: ["DAT_DAI_NHA_O", "KHAI_TU"],
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Có Giấy chứng nhận (trừ trường hợp thừa kế theo quy định); đất không có tranh chấp hoặc tranh chấp đã được giải quyết; quyền sử dụng đất không bị kê biên, không bị áp dụng biện pháp khẩn cấp tạm thời; trong thời hạn sử dụng đất (Điều 45 Luật Đất đai). Hợp đồng chuyển nhượng, tặng cho phải được công chứng hoặc chứng thực; việc thừa kế có văn bản khai nhận, phân chia di sản. Phải đăng ký biến động trong thời hạn 30 ngày kể từ ngày có biến động. Nghĩa vụ tài chính theo thông báo của cơ quan thuế: thuế thu nhập cá nhân 2% giá chuyển nhượng, lệ phí trước bạ 0,5% (miễn đối với chuyển nhượng, tặng cho, thừa kế giữa vợ với chồng, cha mẹ với con, ông bà với cháu, anh chị em ruột với nhau).",
    steps: [
      RECEIVE_PROVINCE,
      CHECK,
      "Văn phòng Đăng ký đất đai kiểm tra hồ sơ, điều kiện thực hiện quyền; gửi thông tin địa chính đến cơ quan thuế để xác định nghĩa vụ tài chính.",
      "Người sử dụng đất nộp thuế, lệ phí trước bạ theo thông báo của cơ quan thuế (trừ trường hợp được miễn).",
      "Văn phòng Đăng ký đất đai chỉnh lý Giấy chứng nhận đã cấp hoặc cấp Giấy chứng nhận mới; cập nhật cơ sở dữ liệu đất đai, hồ sơ địa chính.",
      "Trao Giấy chứng nhận cho người được cấp tại nơi nộp hồ sơ.",
    ],
    components: [
      DON_11DK,
      GCN_GOC,
      comp("Hợp đồng, văn bản về việc chuyển nhượng, tặng cho quyền sử dụng đất đã được công chứng, chứng thực; hoặc văn bản khai nhận, phân chia di sản thừa kế", "ORIGINAL"),
      comp("Tờ khai thuế thu nhập cá nhân, tờ khai lệ phí trước bạ", "ORIGINAL", { count: 2 }),
      comp("Giấy tờ làm căn cứ xác định thuộc đối tượng được miễn thuế, lệ phí (nếu có)", "COPY", { required: false }),
      UY_QUYEN,
    ],
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText: `Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${MOUNTAIN_NOTE}).`,
    fees: [
      {
        name: "Lệ phí cấp Giấy chứng nhận (chứng nhận đăng ký biến động)",
        amount: 30000,
        note: "Trường hợp cấp Giấy chứng nhận mới thu theo mức cấp Giấy chứng nhận",
        legalBasis: HDND_FEE_BASIS,
      },
      {
        name: "Phí thẩm định hồ sơ cấp Giấy chứng nhận",
        amount: 250000,
        note: "Mức thu theo Nghị quyết của HĐND tỉnh",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy chứng nhận đã cấp được chỉnh lý biến động hoặc Giấy chứng nhận mới; hồ sơ địa chính được cập nhật.",
    locationIndependent: true,
  },
  {
    ...PROVINCE_COMMON,
    code: "1.012773",
    name: "Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất",
    lifeEventCodes: ["DAT_DAI_NHA_O"],
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Giấy chứng nhận đã cấp bị mất. Đối với hộ gia đình, cá nhân: Ủy ban nhân dân cấp xã nơi có đất niêm yết thông báo mất Giấy chứng nhận trong thời hạn 15 ngày; đối với tổ chức: phải đăng tin trên phương tiện thông tin đại chúng. Sau thời hạn thông báo không có ai tranh chấp thì được xem xét cấp lại; Giấy chứng nhận bị mất bị hủy.",
    steps: [
      RECEIVE_PROVINCE,
      CHECK,
      "Văn phòng Đăng ký đất đai kiểm tra hồ sơ, đề nghị Ủy ban nhân dân cấp xã nơi có đất niêm yết thông báo về việc mất Giấy chứng nhận trong 15 ngày (trường hợp hộ gia đình, cá nhân).",
      "Hết thời hạn niêm yết không có tranh chấp, Văn phòng Đăng ký đất đai hủy Giấy chứng nhận bị mất, cấp lại Giấy chứng nhận và cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai.",
      "Trao Giấy chứng nhận cấp lại cho người được cấp tại nơi nộp hồ sơ.",
    ],
    components: [
      DON_11DK,
      comp("Giấy tờ chứng minh việc đã đăng tin mất Giấy chứng nhận trên phương tiện thông tin đại chúng (đối với tổ chức)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
      comp("Giấy xác nhận của Ủy ban nhân dân cấp xã về việc bị mất do thiên tai, hỏa hoạn (nếu có)", "ORIGINAL", { required: false }),
      UY_QUYEN,
    ],
    timeLimit: 10,
    timeUnit: "WORKING_DAY",
    timeLimitText: `Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${MOUNTAIN_NOTE}).`,
    fees: [
      {
        name: "Lệ phí cấp lại Giấy chứng nhận",
        amount: 50000,
        note: "Mức thu theo Nghị quyết của HĐND tỉnh",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp lại; quyết định hủy Giấy chứng nhận bị mất.",
    locationIndependent: true,
  },
  {
    ...PROVINCE_COMMON,
    code: "1.012770",
    name: "Cấp đổi Giấy chứng nhận quyền sử dụng đất",
    lifeEventCodes: ["DAT_DAI_NHA_O"],
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Người sử dụng đất có nhu cầu đổi Giấy chứng nhận đã cấp trước ngày 01/8/2024 sang mẫu mới; Giấy chứng nhận bị ố, nhòe, rách, hư hỏng; thửa đất được đo đạc lại làm thay đổi kích thước, diện tích; thay đổi địa chỉ thửa đất do sắp xếp đơn vị hành chính hoặc các trường hợp khác theo Điều 38 Nghị định số 101/2024/NĐ-CP.",
    steps: [
      RECEIVE_PROVINCE,
      CHECK,
      "Văn phòng Đăng ký đất đai kiểm tra hồ sơ, trích lục bản đồ địa chính (nếu cần) và in Giấy chứng nhận cấp đổi.",
      "Văn phòng Đăng ký đất đai ký cấp đổi Giấy chứng nhận, cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai; thu hồi Giấy chứng nhận cũ.",
      "Trao Giấy chứng nhận cấp đổi cho người được cấp.",
    ],
    components: [
      DON_11DK,
      GCN_GOC,
      comp("Bản sao hợp đồng thế chấp quyền sử dụng đất (trường hợp đang thế chấp tại tổ chức tín dụng)", "COPY", { required: false }),
      UY_QUYEN,
    ],
    timeLimit: 7,
    timeUnit: "WORKING_DAY",
    timeLimitText: `Không quá 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${MOUNTAIN_NOTE}).`,
    fees: [
      {
        name: "Lệ phí cấp đổi Giấy chứng nhận",
        amount: 50000,
        note: "Mức thu theo Nghị quyết của HĐND tỉnh; miễn khi cấp đổi do sắp xếp đơn vị hành chính",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất được cấp đổi.",
    locationIndependent: true,
  },
  {
    ...PROVINCE_COMMON,
    code: "1.012790",
    name: "Đính chính Giấy chứng nhận đã cấp",
    lifeEventCodes: ["DAT_DAI_NHA_O"],
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Giấy chứng nhận đã cấp có sai sót thông tin về người sử dụng đất, chủ sở hữu tài sản hoặc thông tin về thửa đất, tài sản gắn liền với đất so với hồ sơ kê khai đăng ký đã được kiểm tra xác nhận.",
    steps: [
      RECEIVE_PROVINCE,
      CHECK,
      "Văn phòng Đăng ký đất đai kiểm tra, xác định nội dung sai sót; lập biên bản kết luận về nội dung và nguyên nhân sai sót.",
      "Văn phòng Đăng ký đất đai đính chính vào Giấy chứng nhận đã cấp hoặc cấp Giấy chứng nhận mới (nếu người sử dụng đất có yêu cầu); cập nhật hồ sơ địa chính, cơ sở dữ liệu đất đai.",
      "Trả Giấy chứng nhận đã đính chính cho người sử dụng đất.",
    ],
    components: [
      comp("Đơn đề nghị đính chính Giấy chứng nhận đã cấp", "ORIGINAL"),
      GCN_GOC,
      comp("Giấy tờ chứng minh thông tin đúng (trường hợp sai sót về thông tin người sử dụng đất)", "COPY", { required: false }),
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: `Không quá 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${MOUNTAIN_NOTE}).`,
    fees: [
      {
        name: "Lệ phí đính chính Giấy chứng nhận",
        amount: 0,
        note: "Không thu lệ phí khi sai sót do lỗi của cơ quan cấp Giấy chứng nhận",
      },
    ],
    result: "Giấy chứng nhận đã được đính chính hoặc Giấy chứng nhận mới.",
    locationIndependent: true,
  },
  {
    ...PROVINCE_COMMON,
    code: "1.012775",
    name: "Tách thửa hoặc hợp thửa đất",
    lifeEventCodes: ["DAT_DAI_NHA_O", "XAY_DUNG_NHA_O"],
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Thửa đất đã được cấp Giấy chứng nhận; còn thời hạn sử dụng đất; không có tranh chấp, không bị kê biên; thửa đất sau khi tách, hợp phải bảo đảm có lối đi kết nối với đường giao thông công cộng và diện tích, kích thước tối thiểu theo quy định của Ủy ban nhân dân tỉnh; việc hợp thửa chỉ thực hiện đối với các thửa có cùng mục đích, hình thức sử dụng, thời hạn sử dụng đất (Điều 220 Luật Đất đai).",
    steps: [
      RECEIVE_PROVINCE,
      CHECK,
      "Văn phòng Đăng ký đất đai kiểm tra điều kiện tách thửa, hợp thửa; kiểm tra bản vẽ tách thửa, hợp thửa do đơn vị đo đạc lập.",
      "Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính, cơ sở dữ liệu đất đai và cấp Giấy chứng nhận cho các thửa đất mới.",
      "Trao Giấy chứng nhận cho người sử dụng đất.",
    ],
    components: [
      comp("Đơn đề nghị tách thửa đất, hợp thửa đất theo mẫu", "ORIGINAL", { templateName: "don-de-nghi-tach-hop-thua.docx" }),
      comp("Bản vẽ tách thửa đất, hợp thửa đất do đơn vị đo đạc có chức năng lập", "ORIGINAL"),
      GCN_GOC,
      comp("Văn bản thỏa thuận, hợp đồng hoặc giấy tờ làm căn cứ tách, hợp thửa (trường hợp chuyển quyền một phần thửa đất, chia tài sản…)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
    ],
    timeLimit: 15,
    timeUnit: "WORKING_DAY",
    timeLimitText: `Không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (${MOUNTAIN_NOTE}).`,
    fees: [
      {
        name: "Lệ phí cấp Giấy chứng nhận cho thửa đất mới",
        amount: 50000,
        note: "Thu theo từng Giấy chứng nhận được cấp; mức thu theo Nghị quyết của HĐND tỉnh",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất cho thửa đất sau khi tách, hợp thửa.",
    locationIndependent: true,
  },
  {
    code: "1.012782",
    name: "Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân",
    fieldCode: "DD",
    lifeEventCodes: ["DAT_DAI_NHA_O", "XAY_DUNG_NHA_O"],
    level: "COMMUNE",
    audience: "CITIZEN",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    decidingAgencyCode: null,
    implementingAgencyCodes: [],
    conditions:
      "Việc chuyển mục đích sử dụng đất phải phù hợp với quy hoạch, kế hoạch sử dụng đất đã được cơ quan có thẩm quyền phê duyệt (Điều 116, Điều 121 Luật Đất đai). Người sử dụng đất nộp tiền sử dụng đất, lệ phí trước bạ theo thông báo của cơ quan thuế. Thẩm quyền: từ ngày 01/7/2025 Chủ tịch Ủy ban nhân dân cấp xã nơi có đất quyết định cho hộ gia đình, cá nhân chuyển mục đích sử dụng đất.",
    steps: [
      "Người sử dụng đất nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã nơi có đất hoặc nộp trực tuyến.",
      CHECK,
      "Công chức địa chính kiểm tra hồ sơ, xác minh thực địa, thẩm định nhu cầu và sự phù hợp với quy hoạch, kế hoạch sử dụng đất; trình Chủ tịch Ủy ban nhân dân cấp xã.",
      "Chủ tịch Ủy ban nhân dân cấp xã ban hành quyết định cho phép chuyển mục đích sử dụng đất; cơ quan thuế xác định và thông báo tiền sử dụng đất.",
      "Người sử dụng đất nộp nghĩa vụ tài chính; Văn phòng Đăng ký đất đai chỉnh lý Giấy chứng nhận hoặc cấp Giấy chứng nhận mới, cập nhật hồ sơ địa chính.",
      "Trao quyết định và Giấy chứng nhận cho người sử dụng đất.",
    ],
    components: [
      comp("Đơn xin chuyển mục đích sử dụng đất theo mẫu", "ORIGINAL", { templateName: "don-xin-chuyen-muc-dich-su-dung-dat.docx" }),
      GCN_GOC,
      UY_QUYEN,
    ],
    numberOfSets: 1,
    timeLimit: 20,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Không quá 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ (không kể thời gian xác định giá đất, thực hiện nghĩa vụ tài chính; tăng thêm 10 ngày làm việc đối với các xã miền núi, hải đảo, vùng có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn).",
    fees: [
      {
        name: "Lệ phí cấp Giấy chứng nhận (chỉnh lý sau chuyển mục đích)",
        amount: 30000,
        note: "Trường hợp cấp Giấy chứng nhận mới thu theo mức cấp Giấy chứng nhận",
        legalBasis: HDND_FEE_BASIS,
      },
      {
        name: "Phí thẩm định hồ sơ",
        amount: 300000,
        note: "Mức thu theo Nghị quyết của HĐND tỉnh",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Quyết định cho phép chuyển mục đích sử dụng đất của Chủ tịch Ủy ban nhân dân cấp xã; Giấy chứng nhận được chỉnh lý hoặc cấp mới.",
    legalBasis: DAT_DAI_BASIS,
    locationIndependent: false,
    ...PUB.DAT_DAI_XA,
  },
];
