/** Hộ kinh doanh (cơ quan đăng ký kinh doanh cấp xã) và doanh nghiệp (Sở Tài chính). */
import type { SeedFee, SeedProcedure } from "../types";
import { AG, comp, HDND_FEE_BASIS, L, PUB, UY_QUYEN } from "./_common";

const HKD_BASIS = [L.LUAT_DOANH_NGHIEP, L.LUAT_DN_SUA_DOI, L.ND_168_2025, L.TT_85_2019_BTC];
const DN_BASIS = [L.LUAT_DOANH_NGHIEP, L.LUAT_DN_SUA_DOI, L.ND_168_2025, L.TT_47_2019_BTC];

const CHECK =
  "Cơ quan đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ; hồ sơ chưa hợp lệ thì thông báo bằng văn bản một lần toàn bộ nội dung cần sửa đổi, bổ sung.";

const HKD_RECEIVE =
  "Chủ hộ kinh doanh hoặc người được ủy quyền nộp hồ sơ tại Trung tâm Phục vụ hành chính công (Bộ phận Một cửa) của Ủy ban nhân dân cấp xã nơi đặt trụ sở hộ kinh doanh hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia.";

const HKD_COMMON = {
  fieldCode: "HKD",
  level: "COMMUNE" as const,
  audience: "CITIZEN" as const,
  onlineLevel: "FULL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: null,
  implementingAgencyCodes: [],
  numberOfSets: 1,
  legalBasis: HKD_BASIS,
  locationIndependent: false,
  ...PUB.HKD,
};

const DN_RECEIVE =
  "Người thành lập doanh nghiệp hoặc người được ủy quyền nộp hồ sơ trực tuyến qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp (dangkykinhdoanh.gov.vn), qua Cổng Dịch vụ công quốc gia, hoặc nộp trực tiếp, qua bưu chính tại Trung tâm Phục vụ hành chính công tỉnh.";

const DN_FEES: SeedFee[] = [
  {
    name: "Lệ phí đăng ký doanh nghiệp",
    amount: 50000,
    note: "Miễn lệ phí khi đăng ký qua mạng thông tin điện tử",
    legalBasis: "Thông tư số 47/2019/TT-BTC",
  },
  {
    name: "Phí công bố nội dung đăng ký doanh nghiệp",
    amount: 100000,
    note: "Nộp tại thời điểm nộp hồ sơ",
    legalBasis: "Thông tư số 47/2019/TT-BTC",
  },
];

const DN_COMMON = {
  fieldCode: "DN",
  level: "PROVINCE" as const,
  audience: "BUSINESS" as const,
  onlineLevel: "FULL" as const,
  channels: ["COUNTER" as const, "ONLINE" as const, "POST" as const],
  decidingAgencyCode: AG.SO_TAI_CHINH,
  implementingAgencyCodes: [AG.SO_TAI_CHINH],
  numberOfSets: 1,
  legalBasis: DN_BASIS,
  locationIndependent: false,
  ...PUB.DN,
};

const GIAY_TO_PHAP_LY_CA_NHAN = comp("Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật, chủ sở hữu, thành viên, cổ đông là cá nhân", "COPY", {
  required: false,
  note: "Không phải nộp đối với công dân Việt Nam đã được xác thực thông tin qua Cơ sở dữ liệu quốc gia về dân cư; người nước ngoài nộp bản sao hộ chiếu",
});

const CHU_SO_HUU_HUONG_LOI = comp("Thông tin về chủ sở hữu hưởng lợi của doanh nghiệp theo mẫu (nếu có)", "ORIGINAL", {
  required: false,
  note: "Áp dụng theo Luật Doanh nghiệp sửa đổi năm 2025 và Nghị định số 168/2025/NĐ-CP",
});

export const kinhDoanhProcedures: SeedProcedure[] = [
  {
    ...HKD_COMMON,
    code: "2.000720",
    name: "Đăng ký thành lập hộ kinh doanh",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH"],
    conditions:
      "Cá nhân hoặc các thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ; mỗi cá nhân chỉ được đăng ký một hộ kinh doanh trên phạm vi toàn quốc. Ngành, nghề đăng ký không bị cấm đầu tư kinh doanh; tên hộ kinh doanh gồm cụm từ “Hộ kinh doanh” và tên riêng, không trùng tên riêng của hộ kinh doanh khác trong phạm vi cấp xã. Cơ quan đăng ký kinh doanh cấp xã: Phòng Kinh tế (xã) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (phường) thuộc Ủy ban nhân dân cấp xã.",
    steps: [
      HKD_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh cấp xã nhập thông tin vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh, kiểm tra tên hộ kinh doanh và ngành, nghề kinh doanh.",
      "Cấp Giấy chứng nhận đăng ký hộ kinh doanh nếu hồ sơ hợp lệ; trường hợp từ chối phải thông báo bằng văn bản và nêu rõ lý do.",
      "Trả Giấy chứng nhận đăng ký hộ kinh doanh (bản giấy hoặc bản điện tử).",
    ],
    components: [
      comp("Giấy đề nghị đăng ký hộ kinh doanh theo mẫu", "ORIGINAL", { templateName: "giay-de-nghi-dang-ky-ho-kinh-doanh.docx" }),
      comp("Bản sao biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)", "COPY", {
        required: false,
      }),
      comp("Bản sao văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh", "COPY", { required: false }),
      comp("Bản sao giấy tờ pháp lý của cá nhân đối với chủ hộ, thành viên hộ gia đình", "COPY", {
        required: false,
        note: "Không phải nộp khi thông tin đã được xác thực qua Cơ sở dữ liệu quốc gia về dân cư",
      }),
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí đăng ký hộ kinh doanh",
        amount: 100000,
        note: "Mức thu theo Nghị quyết của HĐND tỉnh; miễn lệ phí khi nộp hồ sơ qua mạng điện tử",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy chứng nhận đăng ký hộ kinh doanh.",
  },
  {
    ...HKD_COMMON,
    code: "2.000719",
    name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
    lifeEventCodes: ["VAN_HANH_KINH_DOANH"],
    conditions:
      "Hộ kinh doanh thay đổi tên, địa chỉ trụ sở, ngành, nghề kinh doanh, vốn kinh doanh, chủ hộ kinh doanh hoặc các nội dung khác trên Giấy chứng nhận đăng ký hộ kinh doanh. Trường hợp chuyển địa chỉ trụ sở sang xã khác thì nộp hồ sơ tại cơ quan đăng ký kinh doanh cấp xã nơi dự định đặt trụ sở mới.",
    steps: [
      HKD_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh cấp xã kiểm tra, cập nhật thông tin thay đổi vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.",
      "Cấp Giấy chứng nhận đăng ký hộ kinh doanh mới; trường hợp từ chối phải thông báo bằng văn bản và nêu rõ lý do.",
    ],
    components: [
      comp("Thông báo thay đổi nội dung đăng ký hộ kinh doanh theo mẫu", "ORIGINAL", {
        templateName: "thong-bao-thay-doi-noi-dung-dang-ky-ho-kinh-doanh.docx",
      }),
      comp("Bản sao biên bản họp thành viên hộ gia đình về việc thay đổi chủ hộ kinh doanh (trường hợp thay đổi chủ hộ)", "COPY", { required: false }),
      comp("Bản sao hợp đồng mua bán, tặng cho hộ kinh doanh hoặc giấy tờ chứng minh thừa kế (trường hợp thay đổi chủ hộ do mua bán, tặng cho, thừa kế)", "COPY", {
        required: false,
      }),
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [
      {
        name: "Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
        amount: 50000,
        note: "Mức thu theo Nghị quyết của HĐND tỉnh; miễn lệ phí khi nộp hồ sơ qua mạng điện tử",
        legalBasis: HDND_FEE_BASIS,
      },
    ],
    result: "Giấy chứng nhận đăng ký hộ kinh doanh (cấp mới theo nội dung thay đổi).",
  },
  {
    ...HKD_COMMON,
    code: "2.000575",
    name: "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
    lifeEventCodes: ["VAN_HANH_KINH_DOANH"],
    conditions:
      "Hộ kinh doanh tạm ngừng kinh doanh từ 30 ngày trở lên hoặc tiếp tục kinh doanh trước thời hạn đã thông báo phải thông báo cho cơ quan đăng ký kinh doanh cấp xã nơi đã đăng ký và cơ quan thuế trực tiếp quản lý.",
    steps: [
      HKD_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh cấp xã cập nhật tình trạng của hộ kinh doanh vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.",
      "Cấp Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.",
    ],
    components: [
      comp("Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo theo mẫu", "ORIGINAL", {
        templateName: "thong-bao-tam-ngung-ho-kinh-doanh.docx",
      }),
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [{ name: "Lệ phí", amount: 0, note: "Không thu lệ phí" }],
    result: "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo.",
  },
  {
    ...HKD_COMMON,
    code: "2.000523",
    name: "Chấm dứt hoạt động hộ kinh doanh",
    lifeEventCodes: ["VAN_HANH_KINH_DOANH"],
    conditions:
      "Hộ kinh doanh chấm dứt hoạt động kinh doanh phải hoàn thành nghĩa vụ thuế với cơ quan thuế và thanh toán các khoản nợ, nghĩa vụ tài sản khác chưa thực hiện trước khi nộp hồ sơ, trừ trường hợp có thỏa thuận khác với chủ nợ.",
    steps: [
      HKD_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh cấp xã kiểm tra tình trạng nghĩa vụ thuế qua hệ thống liên thông với cơ quan thuế; cập nhật tình trạng chấm dứt hoạt động vào Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh.",
      "Ra thông báo về việc chấm dứt hoạt động hộ kinh doanh và trả kết quả.",
    ],
    components: [
      comp("Thông báo về việc chấm dứt hoạt động hộ kinh doanh theo mẫu", "ORIGINAL", {
        templateName: "thong-bao-cham-dut-ho-kinh-doanh.docx",
      }),
      comp("Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh", "ORIGINAL"),
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [{ name: "Lệ phí", amount: 0, note: "Không thu lệ phí" }],
    result: "Thông báo về việc chấm dứt hoạt động hộ kinh doanh; tình trạng pháp lý của hộ kinh doanh được cập nhật là đã chấm dứt hoạt động.",
  },
  {
    ...DN_COMMON,
    code: "2.001610",
    name: "Đăng ký thành lập doanh nghiệp (công ty TNHH một thành viên)",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH"],
    conditions:
      "Tổ chức, cá nhân không thuộc đối tượng bị cấm thành lập, quản lý doanh nghiệp (Điều 17 Luật Doanh nghiệp); ngành, nghề đăng ký kinh doanh không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định; hồ sơ hợp lệ; nộp đủ lệ phí đăng ký doanh nghiệp theo quy định. Hồ sơ nộp tại cơ quan đăng ký kinh doanh thuộc Sở Tài chính nơi doanh nghiệp đặt trụ sở chính.",
    steps: [
      DN_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ, tên doanh nghiệp, ngành nghề kinh doanh trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.",
      "Cấp Giấy chứng nhận đăng ký doanh nghiệp và mã số doanh nghiệp (đồng thời là mã số thuế); trường hợp từ chối phải thông báo bằng văn bản và nêu rõ lý do.",
      "Doanh nghiệp nhận kết quả và thực hiện công bố nội dung đăng ký doanh nghiệp trên Cổng thông tin quốc gia về đăng ký doanh nghiệp.",
    ],
    components: [
      comp("Giấy đề nghị đăng ký doanh nghiệp (công ty trách nhiệm hữu hạn một thành viên) theo mẫu", "ORIGINAL", {
        templateName: "giay-de-nghi-dang-ky-cong-ty-tnhh-mot-thanh-vien.docx",
      }),
      comp("Điều lệ công ty", "ORIGINAL"),
      GIAY_TO_PHAP_LY_CA_NHAN,
      comp("Bản sao giấy tờ pháp lý của tổ chức đối với chủ sở hữu công ty là tổ chức; văn bản cử người đại diện theo ủy quyền", "COPY", {
        required: false,
      }),
      comp("Bản sao Giấy chứng nhận đăng ký đầu tư (đối với nhà đầu tư nước ngoài)", "COPY", { required: false }),
      CHU_SO_HUU_HUONG_LOI,
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: DN_FEES,
    result: "Giấy chứng nhận đăng ký doanh nghiệp.",
  },
  {
    ...DN_COMMON,
    code: "2.001612",
    name: "Đăng ký thành lập công ty cổ phần",
    lifeEventCodes: ["KHOI_SU_KINH_DOANH"],
    conditions:
      "Công ty cổ phần có tối thiểu 03 cổ đông; cổ đông sáng lập, người quản lý không thuộc đối tượng bị cấm thành lập, quản lý doanh nghiệp; ngành, nghề không bị cấm đầu tư kinh doanh; tên doanh nghiệp đặt đúng quy định; hồ sơ hợp lệ; nộp đủ lệ phí đăng ký doanh nghiệp.",
    steps: [
      DN_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh kiểm tra tính hợp lệ của hồ sơ, tên doanh nghiệp, ngành nghề kinh doanh.",
      "Cấp Giấy chứng nhận đăng ký doanh nghiệp; trường hợp từ chối phải thông báo bằng văn bản và nêu rõ lý do.",
      "Doanh nghiệp nhận kết quả và công bố nội dung đăng ký doanh nghiệp.",
    ],
    components: [
      comp("Giấy đề nghị đăng ký doanh nghiệp (công ty cổ phần) theo mẫu", "ORIGINAL", {
        templateName: "giay-de-nghi-dang-ky-cong-ty-co-phan.docx",
      }),
      comp("Điều lệ công ty", "ORIGINAL"),
      comp("Danh sách cổ đông sáng lập; danh sách cổ đông là nhà đầu tư nước ngoài (nếu có) theo mẫu", "ORIGINAL"),
      GIAY_TO_PHAP_LY_CA_NHAN,
      comp("Bản sao giấy tờ pháp lý của tổ chức đối với cổ đông là tổ chức; văn bản cử người đại diện theo ủy quyền", "COPY", {
        required: false,
      }),
      comp("Bản sao Giấy chứng nhận đăng ký đầu tư (đối với nhà đầu tư nước ngoài)", "COPY", { required: false }),
      CHU_SO_HUU_HUONG_LOI,
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: DN_FEES,
    result: "Giấy chứng nhận đăng ký doanh nghiệp.",
  },
  {
    ...DN_COMMON,
    code: "2.001621",
    name: "Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần",
    lifeEventCodes: ["VAN_HANH_KINH_DOANH"],
    conditions:
      "Công ty thay đổi người đại diện theo pháp luật theo nghị quyết, quyết định của chủ sở hữu, Hội đồng thành viên, Đại hội đồng cổ đông hoặc Hội đồng quản trị. Người đại diện mới không thuộc đối tượng bị cấm quản lý doanh nghiệp. Hồ sơ nộp trong thời hạn 10 ngày kể từ ngày có thay đổi.",
    steps: [
      DN_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh kiểm tra hồ sơ, cập nhật thông tin người đại diện theo pháp luật trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.",
      "Cấp Giấy chứng nhận đăng ký doanh nghiệp mới; trường hợp từ chối phải thông báo bằng văn bản và nêu rõ lý do.",
    ],
    components: [
      comp("Thông báo thay đổi nội dung đăng ký doanh nghiệp theo mẫu", "ORIGINAL", {
        templateName: "thong-bao-thay-doi-noi-dung-dang-ky-doanh-nghiep.docx",
      }),
      comp("Nghị quyết, quyết định của chủ sở hữu/Hội đồng thành viên/Đại hội đồng cổ đông/Hội đồng quản trị về việc thay đổi người đại diện theo pháp luật", "ORIGINAL"),
      comp("Bản sao biên bản họp về việc thay đổi người đại diện theo pháp luật (đối với công ty có Hội đồng thành viên, Hội đồng quản trị, Đại hội đồng cổ đông)", "COPY", {
        required: false,
      }),
      GIAY_TO_PHAP_LY_CA_NHAN,
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: DN_FEES,
    result: "Giấy chứng nhận đăng ký doanh nghiệp (cập nhật người đại diện theo pháp luật).",
  },
  {
    ...DN_COMMON,
    code: "2.001635",
    name: "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp",
    lifeEventCodes: ["VAN_HANH_KINH_DOANH"],
    conditions:
      "Doanh nghiệp phải thông báo bằng văn bản cho cơ quan đăng ký kinh doanh chậm nhất 03 ngày làm việc trước ngày tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo. Thời hạn tạm ngừng kinh doanh của mỗi lần thông báo không quá 01 năm.",
    steps: [
      DN_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh cập nhật tình trạng pháp lý của doanh nghiệp trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.",
      "Cấp Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn.",
    ],
    components: [
      comp("Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo theo mẫu", "ORIGINAL", {
        templateName: "thong-bao-tam-ngung-kinh-doanh-doanh-nghiep.docx",
      }),
      UY_QUYEN,
    ],
    timeLimit: 3,
    timeUnit: "WORKING_DAY",
    timeLimitText: "03 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [{ name: "Lệ phí", amount: 0, note: "Không thu lệ phí" }],
    result: "Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo.",
  },
  {
    ...DN_COMMON,
    code: "2.001656",
    name: "Giải thể doanh nghiệp",
    lifeEventCodes: ["VAN_HANH_KINH_DOANH"],
    conditions:
      "Doanh nghiệp chỉ được giải thể khi bảo đảm thanh toán hết các khoản nợ và nghĩa vụ tài sản khác (kể cả nợ thuế, bảo hiểm xã hội) và không trong quá trình giải quyết tranh chấp tại Tòa án hoặc cơ quan trọng tài (Điều 207 Luật Doanh nghiệp). Nghị quyết, quyết định giải thể phải được gửi đến cơ quan đăng ký kinh doanh, cơ quan thuế và người lao động trong thời hạn 07 ngày làm việc kể từ ngày thông qua.",
    steps: [
      "Doanh nghiệp thông qua nghị quyết, quyết định giải thể và gửi đến cơ quan đăng ký kinh doanh để cập nhật tình trạng \"đang làm thủ tục giải thể\"; thanh lý tài sản và thanh toán các khoản nợ.",
      DN_RECEIVE,
      CHECK,
      "Cơ quan đăng ký kinh doanh lấy ý kiến cơ quan thuế về việc chấm dứt hiệu lực mã số thuế qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.",
      "Cập nhật tình trạng pháp lý của doanh nghiệp là \"đã giải thể\" và thông báo cho doanh nghiệp.",
    ],
    components: [
      comp("Thông báo về giải thể doanh nghiệp theo mẫu", "ORIGINAL", {
        templateName: "thong-bao-giai-the-doanh-nghiep.docx",
      }),
      comp("Báo cáo thanh lý tài sản doanh nghiệp", "ORIGINAL"),
      comp("Danh sách chủ nợ và số nợ đã thanh toán, gồm thanh toán hết các khoản nợ về thuế và nợ tiền đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp", "ORIGINAL"),
      UY_QUYEN,
    ],
    timeLimit: 5,
    timeUnit: "WORKING_DAY",
    timeLimitText: "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
    fees: [{ name: "Lệ phí", amount: 0, note: "Không thu lệ phí" }],
    result: "Thông báo về việc giải thể doanh nghiệp; tình trạng pháp lý của doanh nghiệp được cập nhật là đã giải thể trên Hệ thống thông tin quốc gia về đăng ký doanh nghiệp.",
  },
];
