/** Chứng thực — Ủy ban nhân dân cấp xã (và tổ chức hành nghề công chứng đối với bản sao, chữ ký). */
import type { SeedProcedure } from "../types";
import { comp, L, PUB } from "./_common";

const CHUNG_THUC_BASIS = [L.ND_23_2015, L.ND_07_2025, L.TT_01_2020_BTP, L.TT_226_2016_BTC, L.ND_120_2025];

const ID_PRESENT = comp("Hộ chiếu, Căn cước hoặc Thẻ căn cước công dân còn giá trị sử dụng của người yêu cầu chứng thực", "PRESENT_ORIGINAL");

const SAME_DAY_TEXT =
  "Trong ngày tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận yêu cầu sau 15 giờ; trường hợp cùng một lúc yêu cầu chứng thực số lượng lớn thì thời hạn có thể kéo dài theo thỏa thuận bằng văn bản với người yêu cầu.";

const COMMON = {
  fieldCode: "CTH",
  level: "COMMUNE" as const,
  decidingAgencyCode: null,
  implementingAgencyCodes: [],
  numberOfSets: 1,
  legalBasis: CHUNG_THUC_BASIS,
  ...PUB.CHUNG_THUC,
};

export const chungThucProcedures: SeedProcedure[] = [
  {
    ...COMMON,
    code: "2.000815",
    name: "Chứng thực bản sao từ bản chính",
    lifeEventCodes: ["VIEC_LAM", "HOC_TAP", "KHOI_SU_KINH_DOANH"],
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận; giấy tờ do cơ quan có thẩm quyền nước ngoài cấp phải được hợp pháp hóa lãnh sự (trừ trường hợp được miễn). Không chứng thực bản sao khi bản chính bị tẩy xóa, sửa chữa, thêm, bớt nội dung không hợp lệ; bị hư hỏng, cũ nát không xác định được nội dung; đóng dấu mật hoặc ghi rõ không được sao chụp; có nội dung trái pháp luật, đạo đức xã hội; là giấy tờ cá nhân tự lập không có xác nhận của cơ quan có thẩm quyền (Điều 22 Nghị định số 23/2015/NĐ-CP). Người yêu cầu có thể đến bất kỳ cơ quan có thẩm quyền chứng thực nào, không phụ thuộc nơi cư trú.",
    steps: [
      "Người yêu cầu xuất trình bản chính giấy tờ, văn bản và bản sao cần chứng thực tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã; trường hợp chứng thực bản sao điện tử thì nộp yêu cầu trực tuyến và xuất trình bản chính.",
      "Người tiếp nhận kiểm tra bản chính, đối chiếu với bản sao; trường hợp người yêu cầu chỉ xuất trình bản chính thì cơ quan chụp từ bản chính để thực hiện chứng thực.",
      "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu của Ủy ban nhân dân cấp xã và ghi vào sổ chứng thực; bản sao có từ 02 trang trở lên thì đóng dấu giáp lai.",
      "Trả bản sao có chứng thực (bản giấy hoặc bản điện tử) và thu phí theo quy định.",
    ],
    components: [
      comp("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", "PRESENT_ORIGINAL"),
      comp("Bản sao cần chứng thực", "COPY", {
        note: "Trường hợp người yêu cầu không cung cấp bản sao thì cơ quan thực hiện chứng thực chụp từ bản chính",
      }),
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText: SAME_DAY_TEXT,
    fees: [
      {
        name: "Phí chứng thực bản sao từ bản chính",
        amount: 2000,
        note: "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản (trang là căn cứ để thu phí được tính theo trang của bản chính)",
        legalBasis: "Thông tư số 226/2016/TT-BTC",
      },
    ],
    result: "Bản sao có chứng thực từ bản chính (bản giấy hoặc bản sao điện tử có chứng thực).",
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "2.000884",
    name: "Chứng thực chữ ký",
    lifeEventCodes: ["VIEC_LAM", "HOC_TAP"],
    audience: "BOTH",
    onlineLevel: "NONE",
    channels: ["COUNTER"],
    conditions:
      "Người yêu cầu chứng thực phải ký trước mặt người thực hiện chứng thực (áp dụng cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu không thể ký, không thể điểm chỉ được). Không chứng thực chữ ký khi tại thời điểm chứng thực người yêu cầu không nhận thức và làm chủ được hành vi; giấy tờ có nội dung trái pháp luật, đạo đức xã hội; giấy tờ là hợp đồng, giao dịch (trừ trường hợp quy định tại khoản 4 Điều 24 Nghị định số 23/2015/NĐ-CP). Không phụ thuộc nơi cư trú của người yêu cầu.",
    steps: [
      "Người yêu cầu xuất trình giấy tờ tùy thân và giấy tờ, văn bản mà mình sẽ ký tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã.",
      "Người thực hiện chứng thực kiểm tra giấy tờ; nếu đủ điều kiện thì yêu cầu người yêu cầu chứng thực ký trước mặt.",
      "Người thực hiện chứng thực ghi lời chứng, ký, ghi rõ họ tên, đóng dấu và ghi vào sổ chứng thực.",
      "Trả giấy tờ, văn bản đã được chứng thực chữ ký và thu phí.",
    ],
    components: [
      ID_PRESENT,
      comp("Giấy tờ, văn bản mà người yêu cầu sẽ ký", "ORIGINAL"),
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText: SAME_DAY_TEXT,
    fees: [
      {
        name: "Phí chứng thực chữ ký",
        amount: 10000,
        note: "10.000 đồng/trường hợp (một hoặc nhiều chữ ký trong cùng một giấy tờ, văn bản)",
        legalBasis: "Thông tư số 226/2016/TT-BTC",
      },
    ],
    result: "Giấy tờ, văn bản đã được chứng thực chữ ký.",
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "2.001035",
    name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất và nhà ở",
    lifeEventCodes: ["DAT_DAI_NHA_O"],
    audience: "BOTH",
    onlineLevel: "NONE",
    channels: ["COUNTER"],
    conditions:
      "Các bên tham gia hợp đồng, giao dịch có năng lực hành vi dân sự, tự nguyện giao kết và phải ký trước mặt người thực hiện chứng thực. Việc chứng thực hợp đồng, giao dịch liên quan đến quyền sử dụng đất, nhà ở được thực hiện tại Ủy ban nhân dân cấp xã nơi có đất, nhà ở; hợp đồng, giao dịch liên quan đến động sản được thực hiện tại bất kỳ Ủy ban nhân dân cấp xã nào.",
    steps: [
      "Người yêu cầu chứng thực nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã.",
      "Người tiếp nhận kiểm tra giấy tờ; nếu đầy đủ, tại thời điểm chứng thực các bên tự nguyện giao kết, minh mẫn, nhận thức và làm chủ được hành vi thì thực hiện chứng thực.",
      "Các bên ký vào từng trang của hợp đồng trước mặt người thực hiện chứng thực (hợp đồng có từ 02 trang trở lên thì ký từng trang hoặc đóng dấu giáp lai).",
      "Người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực; trả hợp đồng đã chứng thực và thu phí.",
    ],
    components: [
      comp("Dự thảo hợp đồng, giao dịch", "ORIGINAL"),
      comp("Bản sao giấy tờ tùy thân (Hộ chiếu, Căn cước, Thẻ căn cước công dân) của người yêu cầu chứng thực", "COPY", {
        note: "Kèm bản chính để đối chiếu",
      }),
      comp(
        "Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất, giấy chứng nhận quyền sở hữu hoặc giấy tờ thay thế đối với tài sản mà pháp luật quy định phải đăng ký",
        "COPY",
        { note: "Kèm bản chính để đối chiếu" },
      ),
      comp("Bản sao giấy tờ chứng minh thẩm quyền của người đại diện (nếu là người đại diện)", "COPY", { required: false }),
    ],
    timeLimit: 2,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Không quá 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.",
    fees: [
      {
        name: "Phí chứng thực hợp đồng, giao dịch",
        amount: 50000,
        note: "50.000 đồng/hợp đồng, giao dịch",
        legalBasis: "Thông tư số 226/2016/TT-BTC",
      },
    ],
    result: "Hợp đồng, giao dịch được chứng thực.",
    legalBasis: [...CHUNG_THUC_BASIS, L.LUAT_DAT_DAI],
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "2.001019",
    name: "Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
    lifeEventCodes: ["DAT_DAI_NHA_O"],
    audience: "BOTH",
    onlineLevel: "NONE",
    channels: ["COUNTER"],
    conditions:
      "Hợp đồng, giao dịch đã được chứng thực; các bên tham gia hợp đồng thống nhất sửa đổi, bổ sung hoặc hủy bỏ và ký trước mặt người thực hiện chứng thực. Việc chứng thực được thực hiện tại cơ quan đã chứng thực hợp đồng, giao dịch.",
    steps: [
      "Các bên nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã đã chứng thực hợp đồng, giao dịch.",
      "Người tiếp nhận kiểm tra giấy tờ, đối chiếu với hợp đồng, giao dịch đã được chứng thực lưu tại cơ quan.",
      "Các bên ký trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.",
      "Trả văn bản sửa đổi, bổ sung, hủy bỏ đã được chứng thực và thu phí.",
    ],
    components: [
      comp("Dự thảo văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", "ORIGINAL"),
      comp("Hợp đồng, giao dịch đã được chứng thực", "PRESENT_ORIGINAL"),
      ID_PRESENT,
    ],
    timeLimit: 2,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Không quá 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.",
    fees: [
      {
        name: "Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch",
        amount: 30000,
        note: "30.000 đồng/hợp đồng, giao dịch",
        legalBasis: "Thông tư số 226/2016/TT-BTC",
      },
    ],
    result: "Văn bản sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch được chứng thực.",
    locationIndependent: false,
  },
  {
    ...COMMON,
    code: "2.001009",
    name: "Chứng thực di chúc",
    lifeEventCodes: ["KHAI_TU", "NGHI_HUU"],
    audience: "CITIZEN",
    onlineLevel: "NONE",
    channels: ["COUNTER"],
    conditions:
      "Người lập di chúc phải tự mình yêu cầu chứng thực, không ủy quyền cho người khác; tại thời điểm chứng thực người lập di chúc minh mẫn, nhận thức và làm chủ được hành vi; ký hoặc điểm chỉ trước mặt người thực hiện chứng thực. Trường hợp người lập di chúc đang bị cái chết đe dọa đến tính mạng thì không phải xuất trình đầy đủ giấy tờ chứng minh quyền sở hữu tài sản nhưng phải ghi rõ trong lời chứng.",
    steps: [
      "Người lập di chúc nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã hoặc đề nghị chứng thực ngoài trụ sở trong trường hợp không thể đi lại được.",
      "Người thực hiện chứng thực kiểm tra giấy tờ, kiểm tra năng lực hành vi và sự tự nguyện của người lập di chúc.",
      "Người lập di chúc ký hoặc điểm chỉ vào từng trang di chúc trước mặt người thực hiện chứng thực; người thực hiện chứng thực ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực.",
      "Trả di chúc đã được chứng thực và thu phí.",
    ],
    components: [
      comp("Dự thảo di chúc", "ORIGINAL"),
      ID_PRESENT,
      comp("Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng đối với tài sản mà pháp luật quy định phải đăng ký (nếu di chúc liên quan đến tài sản đó)", "COPY", {
        required: false,
        note: "Kèm bản chính để đối chiếu",
      }),
    ],
    timeLimit: 2,
    timeUnit: "WORKING_DAY",
    timeLimitText:
      "Không quá 02 ngày làm việc kể từ ngày nhận hồ sơ đầy đủ, hợp lệ hoặc có thể kéo dài hơn theo thỏa thuận bằng văn bản với người yêu cầu chứng thực.",
    fees: [
      {
        name: "Phí chứng thực di chúc",
        amount: 50000,
        note: "50.000 đồng/di chúc",
        legalBasis: "Thông tư số 226/2016/TT-BTC",
      },
    ],
    result: "Di chúc được chứng thực.",
    locationIndependent: true,
  },
  {
    ...COMMON,
    code: "2.001008",
    name: "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
    lifeEventCodes: ["DAT_DAI_NHA_O"],
    audience: "BOTH",
    onlineLevel: "PARTIAL",
    channels: ["COUNTER", "ONLINE"],
    conditions:
      "Người yêu cầu là một bên tham gia hợp đồng, giao dịch hoặc người có quyền, lợi ích hợp pháp liên quan đến hợp đồng, giao dịch. Việc cấp bản sao được thực hiện tại cơ quan đang lưu giữ hợp đồng, giao dịch đã được chứng thực.",
    steps: [
      "Người yêu cầu nộp yêu cầu tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã đã chứng thực hợp đồng, giao dịch.",
      "Người tiếp nhận kiểm tra quyền yêu cầu của người đề nghị, tìm bản chính hợp đồng, giao dịch đang lưu trữ.",
      "Chụp từ bản chính, ghi lời chứng, ký, đóng dấu và ghi vào sổ chứng thực; trả bản sao có chứng thực và thu phí.",
    ],
    components: [
      comp("Văn bản yêu cầu cấp bản sao (hoặc yêu cầu trực tiếp tại Bộ phận Một cửa)", "ORIGINAL"),
      ID_PRESENT,
      comp("Giấy tờ chứng minh quyền, lợi ích hợp pháp liên quan (nếu không phải là bên tham gia hợp đồng)", "ORIGINAL_OR_COPY", {
        required: false,
      }),
    ],
    timeLimit: 1,
    timeUnit: "SAME_DAY",
    timeLimitText: SAME_DAY_TEXT,
    fees: [
      {
        name: "Phí cấp bản sao có chứng thực",
        amount: 2000,
        note: "2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản",
        legalBasis: "Thông tư số 226/2016/TT-BTC",
      },
    ],
    result: "Bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực.",
    locationIndependent: false,
  },
];
