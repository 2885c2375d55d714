/**
 * Synonym / abbreviation dictionary for procedure search.
 *
 * Citizens rarely type official procedure names. They type "sổ đỏ" instead of
 * "giấy chứng nhận quyền sử dụng đất", "cccd" instead of "căn cước",
 * "nhập hộ khẩu" instead of "đăng ký thường trú". This module holds the
 * default dictionary (seeded into the database, then extended by
 * administrators) and the pure function that expands a query with it.
 *
 * Data is written in proper Vietnamese with diacritics; matching happens on
 * folded text (see foldVietnamese), so "so do", "sổ đỏ" and "SỔ ĐỎ" are the
 * same term.
 */
import { foldVietnamese, sanitizeQuery, tokenize } from "./normalize";

export type SynonymEntry = {
  /** What people type (word, phrase or abbreviation). Matched as whole words. */
  term: string;
  /** Official wording(s) to search for in addition to the query. */
  expansions: string[];
};

// Frequently reused official wordings.
const GCN_QSDD = "giấy chứng nhận quyền sử dụng đất";
const GCN_QSDD_FULL =
  "giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất";
const BIEN_DONG_DAT = "đăng ký biến động đất đai";
const CAN_CUOC = "căn cước";
const CAP_THE_CAN_CUOC = "cấp thẻ căn cước";
const KHAI_SINH = "đăng ký khai sinh";
const KET_HON = "đăng ký kết hôn";
const KHAI_TU = "đăng ký khai tử";
const TINH_TRANG_HON_NHAN = "xác nhận tình trạng hôn nhân";
const THUONG_TRU = "đăng ký thường trú";
const XOA_THUONG_TRU = "xóa đăng ký thường trú";
const TAM_TRU = "đăng ký tạm trú";
const TAM_VANG = "khai báo tạm vắng";
const XAC_NHAN_CU_TRU = "xác nhận thông tin về cư trú";
const BAN_SAO = "chứng thực bản sao từ bản chính";
const CHU_KY = "chứng thực chữ ký";
const HOP_DONG = "chứng thực hợp đồng, giao dịch";
const GPLX = "giấy phép lái xe";
const LY_LICH_TU_PHAP = "cấp phiếu lý lịch tư pháp";
const DANG_KY_DN = "đăng ký doanh nghiệp";
const HO_KINH_DOANH = "hộ kinh doanh";
const DANG_KY_HO_KD = "đăng ký thành lập hộ kinh doanh";
const TAM_NGUNG_KD = "tạm ngừng kinh doanh";
const CHAM_DUT_HO_KD = "chấm dứt hoạt động hộ kinh doanh";
const ATTP = "an toàn thực phẩm";
const BHYT = "bảo hiểm y tế";
const BHXH = "bảo hiểm xã hội";
const MAI_TANG = "hỗ trợ chi phí mai táng";
const TRO_CAP_XH = "trợ cấp xã hội hàng tháng";
const GP_LAO_DONG = "giấy phép lao động";
const BAN_LE_RUOU = "giấy phép bán lẻ rượu";
const GPXD = "giấy phép xây dựng";
const CAP_LAI_GCN = "cấp lại giấy chứng nhận quyền sử dụng đất";
const CAI_CHINH = "thay đổi, cải chính, bổ sung thông tin hộ tịch";
const NHAN_CHA_ME_CON = "đăng ký nhận cha, mẹ, con";
const TRICH_LUC = "cấp bản sao trích lục hộ tịch";
const HO_CHIEU = "cấp hộ chiếu phổ thông";
const DANG_KY_XE = "đăng ký xe";

export const defaultSynonyms: SynonymEntry[] = [
  // ── Đất đai, nhà ở ───────────────────────────────────────────────────────
  { term: "sổ đỏ", expansions: [GCN_QSDD, GCN_QSDD_FULL] },
  { term: "sổ hồng", expansions: [GCN_QSDD, GCN_QSDD_FULL, "quyền sở hữu nhà ở"] },
  { term: "bìa đỏ", expansions: [GCN_QSDD, GCN_QSDD_FULL] },
  { term: "bìa hồng", expansions: [GCN_QSDD, GCN_QSDD_FULL] },
  { term: "gcn", expansions: [GCN_QSDD] },
  { term: "gcnqsdđ", expansions: [GCN_QSDD] },
  { term: "làm sổ đỏ", expansions: ["cấp giấy chứng nhận quyền sử dụng đất lần đầu", GCN_QSDD] },
  { term: "cấp sổ đỏ", expansions: ["cấp giấy chứng nhận quyền sử dụng đất lần đầu", GCN_QSDD] },
  { term: "sang tên sổ đỏ", expansions: [BIEN_DONG_DAT, "chuyển nhượng quyền sử dụng đất"] },
  { term: "sang tên sổ hồng", expansions: [BIEN_DONG_DAT, "chuyển nhượng quyền sử dụng đất"] },
  { term: "sang tên nhà đất", expansions: [BIEN_DONG_DAT, "chuyển nhượng quyền sử dụng đất"] },
  { term: "mua bán đất", expansions: [BIEN_DONG_DAT, "chuyển nhượng quyền sử dụng đất", HOP_DONG] },
  { term: "mua bán nhà", expansions: [BIEN_DONG_DAT, HOP_DONG] },
  { term: "chuyển nhượng đất", expansions: [BIEN_DONG_DAT, "chuyển nhượng quyền sử dụng đất"] },
  { term: "cho tặng đất", expansions: [BIEN_DONG_DAT, "tặng cho quyền sử dụng đất"] },
  { term: "tặng cho đất", expansions: [BIEN_DONG_DAT, "tặng cho quyền sử dụng đất"] },
  { term: "thừa kế đất", expansions: [BIEN_DONG_DAT, "thừa kế quyền sử dụng đất"] },
  { term: "mất sổ đỏ", expansions: [CAP_LAI_GCN, "cấp lại giấy chứng nhận do bị mất"] },
  { term: "mất sổ hồng", expansions: [CAP_LAI_GCN, "cấp lại giấy chứng nhận do bị mất"] },
  { term: "đổi sổ đỏ", expansions: ["cấp đổi giấy chứng nhận quyền sử dụng đất"] },
  { term: "tách sổ", expansions: ["tách thửa, hợp thửa đất"] },
  { term: "tách thửa", expansions: ["tách thửa, hợp thửa đất"] },
  { term: "gộp sổ", expansions: ["tách thửa, hợp thửa đất"] },
  { term: "lên thổ cư", expansions: ["chuyển mục đích sử dụng đất"] },
  { term: "chuyển đất vườn", expansions: ["chuyển mục đích sử dụng đất"] },
  { term: "giải chấp", expansions: ["xóa đăng ký thế chấp"] },
  { term: "thế chấp sổ đỏ", expansions: ["đăng ký thế chấp quyền sử dụng đất"] },
  { term: "hoàn công", expansions: ["đăng ký quyền sở hữu tài sản gắn liền với đất", "chứng nhận quyền sở hữu nhà ở"] },
  { term: "đền bù", expansions: ["bồi thường, hỗ trợ, tái định cư"] },
  { term: "gpmb", expansions: ["giải phóng mặt bằng", "bồi thường, hỗ trợ, tái định cư"] },

  // ── Xây dựng ─────────────────────────────────────────────────────────────
  { term: "gpxd", expansions: [GPXD] },
  { term: "xin phép xây dựng", expansions: [GPXD] },
  { term: "xây nhà", expansions: [GPXD, "cấp giấy phép xây dựng nhà ở riêng lẻ"] },
  { term: "làm nhà", expansions: [GPXD, "cấp giấy phép xây dựng nhà ở riêng lẻ"] },
  { term: "sửa nhà", expansions: [GPXD, "giấy phép sửa chữa, cải tạo công trình"] },
  { term: "cơi nới", expansions: [GPXD, "giấy phép sửa chữa, cải tạo công trình"] },
  { term: "nâng tầng", expansions: [GPXD, "giấy phép sửa chữa, cải tạo công trình"] },

  // ── Căn cước, cư trú ─────────────────────────────────────────────────────
  { term: "cccd", expansions: [CAN_CUOC, CAP_THE_CAN_CUOC] },
  { term: "căn cước công dân", expansions: [CAN_CUOC, CAP_THE_CAN_CUOC] },
  { term: "cmnd", expansions: [CAN_CUOC, CAP_THE_CAN_CUOC] },
  { term: "cmt", expansions: [CAN_CUOC, CAP_THE_CAN_CUOC] },
  { term: "chứng minh thư", expansions: [CAN_CUOC, CAP_THE_CAN_CUOC] },
  { term: "chứng minh nhân dân", expansions: [CAN_CUOC, CAP_THE_CAN_CUOC] },
  { term: "làm căn cước", expansions: [CAP_THE_CAN_CUOC] },
  { term: "đổi căn cước", expansions: ["cấp đổi thẻ căn cước"] },
  { term: "mất căn cước", expansions: ["cấp lại thẻ căn cước"] },
  { term: "định danh điện tử", expansions: ["cấp tài khoản định danh điện tử"] },
  { term: "vneid", expansions: ["cấp tài khoản định danh điện tử"] },
  { term: "hộ khẩu", expansions: [THUONG_TRU] },
  { term: "sổ hộ khẩu", expansions: [THUONG_TRU, XAC_NHAN_CU_TRU] },
  { term: "nhập khẩu", expansions: [THUONG_TRU] },
  { term: "nhập hộ khẩu", expansions: [THUONG_TRU] },
  { term: "cắt khẩu", expansions: [XOA_THUONG_TRU] },
  { term: "cắt hộ khẩu", expansions: [XOA_THUONG_TRU] },
  { term: "chuyển khẩu", expansions: [XOA_THUONG_TRU, THUONG_TRU] },
  { term: "chuyển hộ khẩu", expansions: [XOA_THUONG_TRU, THUONG_TRU] },
  { term: "tách khẩu", expansions: ["tách hộ", THUONG_TRU] },
  { term: "tạm trú tạm vắng", expansions: [TAM_TRU, TAM_VANG] },
  { term: "làm tạm trú", expansions: [TAM_TRU] },
  { term: "sổ tạm trú", expansions: [TAM_TRU] },
  { term: "kt3", expansions: [TAM_TRU] },
  { term: "báo tạm vắng", expansions: [TAM_VANG] },
  { term: "xác nhận cư trú", expansions: [XAC_NHAN_CU_TRU] },
  { term: "ct07", expansions: [XAC_NHAN_CU_TRU] },
  { term: "hộ chiếu", expansions: [HO_CHIEU] },
  { term: "passport", expansions: [HO_CHIEU] },

  // ── Hộ tịch ──────────────────────────────────────────────────────────────
  { term: "giấy khai sinh", expansions: [KHAI_SINH] },
  { term: "làm giấy khai sinh", expansions: [KHAI_SINH] },
  { term: "làm khai sinh", expansions: [KHAI_SINH] },
  { term: "khai sinh cho con", expansions: [KHAI_SINH] },
  { term: "đkks", expansions: [KHAI_SINH] },
  { term: "mất giấy khai sinh", expansions: ["đăng ký lại khai sinh", TRICH_LUC] },
  { term: "kết hôn", expansions: [KET_HON] },
  { term: "đkkh", expansions: [KET_HON] },
  { term: "giấy đăng ký kết hôn", expansions: [KET_HON, TRICH_LUC] },
  { term: "giấy kết hôn", expansions: [KET_HON] },
  { term: "lấy chồng nước ngoài", expansions: ["đăng ký kết hôn có yếu tố nước ngoài"] },
  { term: "lấy vợ nước ngoài", expansions: ["đăng ký kết hôn có yếu tố nước ngoài"] },
  { term: "giấy xác nhận độc thân", expansions: [TINH_TRANG_HON_NHAN] },
  { term: "xác nhận độc thân", expansions: [TINH_TRANG_HON_NHAN] },
  { term: "giấy độc thân", expansions: [TINH_TRANG_HON_NHAN] },
  { term: "khai tử", expansions: [KHAI_TU] },
  { term: "báo tử", expansions: [KHAI_TU] },
  { term: "giấy báo tử", expansions: [KHAI_TU] },
  { term: "giấy chứng tử", expansions: [KHAI_TU] },
  { term: "đổi tên", expansions: [CAI_CHINH] },
  { term: "sửa tên", expansions: [CAI_CHINH] },
  { term: "cải chính", expansions: [CAI_CHINH] },
  { term: "sửa ngày sinh", expansions: [CAI_CHINH] },
  { term: "đổi họ", expansions: [CAI_CHINH] },
  { term: "đổi dân tộc", expansions: ["xác định lại dân tộc", CAI_CHINH] },
  { term: "nhận con", expansions: [NHAN_CHA_ME_CON] },
  { term: "nhận cha", expansions: [NHAN_CHA_ME_CON] },
  { term: "nhận mẹ", expansions: [NHAN_CHA_ME_CON] },
  { term: "nhận con nuôi", expansions: ["đăng ký việc nuôi con nuôi"] },
  { term: "xin con nuôi", expansions: ["đăng ký việc nuôi con nuôi"] },
  { term: "giám hộ", expansions: ["đăng ký giám hộ"] },
  { term: "trích lục", expansions: [TRICH_LUC] },
  { term: "bản sao giấy khai sinh", expansions: [TRICH_LUC] },
  { term: "bản sao khai sinh", expansions: [TRICH_LUC] },

  // ── Chứng thực ───────────────────────────────────────────────────────────
  { term: "công chứng", expansions: [BAN_SAO, CHU_KY] },
  { term: "sao y", expansions: [BAN_SAO] },
  { term: "sao y bản chính", expansions: [BAN_SAO] },
  { term: "photo công chứng", expansions: [BAN_SAO] },
  { term: "ủy quyền", expansions: ["chứng thực hợp đồng ủy quyền", CHU_KY] },
  { term: "giấy ủy quyền", expansions: [CHU_KY, "chứng thực hợp đồng ủy quyền"] },
  { term: "xác nhận chữ ký", expansions: [CHU_KY] },
  { term: "dịch công chứng", expansions: ["chứng thực chữ ký người dịch"] },
  { term: "di chúc", expansions: ["chứng thực di chúc"] },
  { term: "chia thừa kế", expansions: ["chứng thực văn bản thỏa thuận phân chia di sản"] },
  { term: "khai nhận di sản", expansions: ["chứng thực văn bản khai nhận di sản"] },

  // ── Giao thông ───────────────────────────────────────────────────────────
  { term: "bằng lái", expansions: [GPLX] },
  { term: "bằng lái xe", expansions: [GPLX] },
  { term: "blx", expansions: [GPLX] },
  { term: "gplx", expansions: [GPLX] },
  { term: "đổi bằng lái", expansions: ["đổi giấy phép lái xe", GPLX] },
  { term: "mất bằng lái", expansions: ["cấp lại giấy phép lái xe", GPLX] },
  { term: "bằng lái quốc tế", expansions: ["cấp giấy phép lái xe quốc tế"] },
  { term: "cà vẹt", expansions: ["giấy chứng nhận đăng ký xe", DANG_KY_XE] },
  { term: "cavet", expansions: ["giấy chứng nhận đăng ký xe", DANG_KY_XE] },
  { term: "biển số", expansions: [DANG_KY_XE, "cấp biển số xe"] },
  { term: "sang tên xe", expansions: ["đăng ký sang tên xe", DANG_KY_XE] },

  // ── Tư pháp ──────────────────────────────────────────────────────────────
  { term: "lý lịch tư pháp", expansions: [LY_LICH_TU_PHAP] },
  { term: "ltp", expansions: [LY_LICH_TU_PHAP] },
  { term: "phiếu lý lịch", expansions: [LY_LICH_TU_PHAP] },
  { term: "lý lịch", expansions: [LY_LICH_TU_PHAP] },
  { term: "sơ yếu lý lịch", expansions: ["chứng thực sơ yếu lý lịch", CHU_KY] },

  // ── Kinh doanh ───────────────────────────────────────────────────────────
  { term: "thành lập công ty", expansions: [DANG_KY_DN, "đăng ký thành lập doanh nghiệp"] },
  { term: "mở công ty", expansions: [DANG_KY_DN, "đăng ký thành lập doanh nghiệp"] },
  { term: "lập công ty", expansions: [DANG_KY_DN, "đăng ký thành lập doanh nghiệp"] },
  { term: "đkkd", expansions: [DANG_KY_DN, HO_KINH_DOANH] },
  { term: "giấy phép kinh doanh", expansions: [DANG_KY_DN, HO_KINH_DOANH] },
  { term: "gpkd", expansions: [DANG_KY_DN, HO_KINH_DOANH] },
  { term: "giấy chứng nhận đăng ký kinh doanh", expansions: [DANG_KY_DN, HO_KINH_DOANH] },
  // "Đăng ký hộ kinh doanh" is how people say opening one; the name says "thành lập".
  { term: "đăng ký hộ kinh doanh", expansions: ["đăng ký thành lập hộ kinh doanh", HO_KINH_DOANH] },
  { term: "mở quán", expansions: ["đăng ký thành lập hộ kinh doanh", HO_KINH_DOANH] },
  { term: "mở cửa hàng", expansions: ["đăng ký thành lập hộ kinh doanh", HO_KINH_DOANH] },
  { term: "mở tiệm", expansions: ["đăng ký thành lập hộ kinh doanh", HO_KINH_DOANH] },
  { term: "buôn bán nhỏ", expansions: ["đăng ký thành lập hộ kinh doanh", HO_KINH_DOANH] },
  { term: "kinh doanh cá thể", expansions: ["đăng ký thành lập hộ kinh doanh", HO_KINH_DOANH] },
  { term: "giải thể công ty", expansions: ["giải thể doanh nghiệp"] },
  { term: "đóng cửa công ty", expansions: ["giải thể doanh nghiệp", `${TAM_NGUNG_KD} doanh nghiệp`] },
  { term: "tạm nghỉ kinh doanh", expansions: ["tạm ngừng kinh doanh"] },
  // Starting, pausing and closing a business, a household business or a company, as people say it.
  { term: "mở hộ kinh doanh", expansions: [DANG_KY_HO_KD] },
  { term: "lập hộ kinh doanh", expansions: [DANG_KY_HO_KD] },
  { term: "mở kinh doanh", expansions: [DANG_KY_HO_KD, "đăng ký thành lập doanh nghiệp"] },
  { term: "bắt đầu kinh doanh", expansions: [DANG_KY_HO_KD, "đăng ký thành lập doanh nghiệp"] },
  { term: "mở doanh nghiệp", expansions: ["đăng ký thành lập doanh nghiệp"] },
  { term: "lập doanh nghiệp", expansions: ["đăng ký thành lập doanh nghiệp"] },
  { term: "tạm dừng kinh doanh", expansions: [TAM_NGUNG_KD] },
  { term: "tạm ngưng kinh doanh", expansions: [TAM_NGUNG_KD] },
  { term: "tạm đóng cửa", expansions: [TAM_NGUNG_KD] },
  { term: "nghỉ bán một thời gian", expansions: [TAM_NGUNG_KD] },
  { term: "tạm nghỉ quán", expansions: [`${TAM_NGUNG_KD} ${HO_KINH_DOANH}`] },
  { term: "tạm nghỉ hộ kinh doanh", expansions: [`${TAM_NGUNG_KD} ${HO_KINH_DOANH}`] },
  { term: "tạm dừng công ty", expansions: [`${TAM_NGUNG_KD} doanh nghiệp`] },
  { term: "tạm nghỉ công ty", expansions: [`${TAM_NGUNG_KD} doanh nghiệp`] },
  { term: "tạm ngừng công ty", expansions: [`${TAM_NGUNG_KD} doanh nghiệp`] },
  { term: "đóng cửa hộ kinh doanh", expansions: [CHAM_DUT_HO_KD] },
  { term: "giải thể hộ kinh doanh", expansions: [CHAM_DUT_HO_KD] },
  { term: "đóng quán", expansions: [CHAM_DUT_HO_KD] },
  { term: "dẹp quán", expansions: [CHAM_DUT_HO_KD] },
  { term: "đóng cửa quán", expansions: [CHAM_DUT_HO_KD] },
  { term: "đóng cửa hàng", expansions: [CHAM_DUT_HO_KD] },
  { term: "nghỉ bán hẳn", expansions: [CHAM_DUT_HO_KD] },
  { term: "nghỉ kinh doanh", expansions: [CHAM_DUT_HO_KD, TAM_NGUNG_KD, "giải thể doanh nghiệp"] },
  { term: "ngừng kinh doanh", expansions: [CHAM_DUT_HO_KD, TAM_NGUNG_KD, "giải thể doanh nghiệp"] },
  { term: "đóng cửa kinh doanh", expansions: [CHAM_DUT_HO_KD, TAM_NGUNG_KD, "giải thể doanh nghiệp"] },
  { term: "đóng công ty", expansions: ["giải thể doanh nghiệp", "chấm dứt hoạt động doanh nghiệp"] },
  { term: "dẹp công ty", expansions: ["giải thể doanh nghiệp", "chấm dứt hoạt động doanh nghiệp"] },
  { term: "chấm dứt công ty", expansions: ["giải thể doanh nghiệp", "chấm dứt hoạt động doanh nghiệp"] },
  { term: "đóng cửa doanh nghiệp", expansions: ["giải thể doanh nghiệp", "chấm dứt hoạt động doanh nghiệp"] },
  { term: "mst", expansions: ["mã số thuế", "đăng ký thuế"] },
  { term: "atvstp", expansions: [ATTP, "cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"] },
  { term: "attp", expansions: [ATTP, "cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"] },
  { term: "vsattp", expansions: [ATTP, "cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"] },
  { term: "vệ sinh an toàn thực phẩm", expansions: [ATTP, "cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"] },
  { term: "bán rượu", expansions: [BAN_LE_RUOU] },
  { term: "bán bia rượu", expansions: [BAN_LE_RUOU] },
  { term: "bán thuốc lá", expansions: ["giấy phép bán lẻ sản phẩm thuốc lá"] },
  { term: "pccc", expansions: ["phòng cháy và chữa cháy", "thẩm duyệt thiết kế về phòng cháy và chữa cháy"] },
  { term: "an ninh trật tự", expansions: ["giấy chứng nhận đủ điều kiện về an ninh, trật tự"] },
  { term: "karaoke", expansions: ["giấy phép kinh doanh dịch vụ karaoke"] },
  { term: "mở nhà thuốc", expansions: ["giấy chứng nhận đủ điều kiện kinh doanh dược"] },
  { term: "mở phòng khám", expansions: ["giấy phép hoạt động khám bệnh, chữa bệnh"] },
  { term: "treo biển quảng cáo", expansions: ["thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn"] },

  // ── Lao động, bảo hiểm, an sinh ──────────────────────────────────────────
  { term: "giấy phép lao động", expansions: ["cấp giấy phép lao động cho người lao động nước ngoài"] },
  { term: "gpld", expansions: [GP_LAO_DONG, "cấp giấy phép lao động cho người lao động nước ngoài"] },
  { term: "work permit", expansions: [GP_LAO_DONG, "cấp giấy phép lao động cho người lao động nước ngoài"] },
  { term: "bhyt", expansions: [BHYT, "cấp thẻ bảo hiểm y tế"] },
  { term: "thẻ bảo hiểm", expansions: [BHYT, "cấp thẻ bảo hiểm y tế"] },
  { term: "bhxh", expansions: [BHXH] },
  { term: "rút bảo hiểm một lần", expansions: ["hưởng bảo hiểm xã hội một lần"] },
  { term: "rút bhxh", expansions: ["hưởng bảo hiểm xã hội một lần"] },
  { term: "bhtn", expansions: ["bảo hiểm thất nghiệp", "trợ cấp thất nghiệp"] },
  { term: "tiền thất nghiệp", expansions: ["trợ cấp thất nghiệp"] },
  { term: "tiền sinh con", expansions: ["chế độ thai sản"] },
  { term: "mai táng phí", expansions: [MAI_TANG] },
  { term: "tiền ma chay", expansions: [MAI_TANG] },
  { term: "tiền mai táng", expansions: [MAI_TANG] },
  { term: "trợ cấp người già", expansions: [TRO_CAP_XH, "người cao tuổi"] },
  { term: "tiền người cao tuổi", expansions: [TRO_CAP_XH, "người cao tuổi"] },
  { term: "tiền già", expansions: [TRO_CAP_XH, "người cao tuổi"] },
  { term: "trợ cấp khuyết tật", expansions: [TRO_CAP_XH, "xác định mức độ khuyết tật"] },
  { term: "giấy khuyết tật", expansions: ["xác định mức độ khuyết tật", "cấp giấy xác nhận khuyết tật"] },
  { term: "hộ nghèo", expansions: ["công nhận hộ nghèo, hộ cận nghèo"] },
  { term: "sổ hộ nghèo", expansions: ["công nhận hộ nghèo, hộ cận nghèo"] },
  { term: "thương binh", expansions: ["trợ cấp ưu đãi người có công với cách mạng"] },
  { term: "nghĩa vụ quân sự", expansions: ["đăng ký nghĩa vụ quân sự"] },
  { term: "nvqs", expansions: ["đăng ký nghĩa vụ quân sự"] },
  { term: "đi bộ đội", expansions: ["đăng ký nghĩa vụ quân sự"] },

  // ── Khác ─────────────────────────────────────────────────────────────────
  { term: "khiếu nại", expansions: ["giải quyết khiếu nại"] },
  { term: "tố cáo", expansions: ["giải quyết tố cáo"] },
  { term: "đtm", expansions: ["đánh giá tác động môi trường"] },
  { term: "hợp pháp hóa", expansions: ["hợp pháp hóa lãnh sự", "chứng nhận lãnh sự"] },
];

// ─────────────────────────────────────────────────────────────────────────────
// Expansion
// ─────────────────────────────────────────────────────────────────────────────

export type ExpandedQuery = {
  /** The sanitised, folded query (lower-case, no diacritics, đ → d). */
  folded: string;
  /** Words of `folded`. */
  tokens: string[];
  /** Folded expansion phrases triggered by the query, de-duplicated, in order of first trigger. */
  expansions: string[];
  /** Folded dictionary terms that matched (whole words), in query order. */
  matchedTerms: string[];
};

/** A dictionary term prepared for matching (see compileSynonyms). */
export type CompiledTerm = {
  folded: string;
  tokens: string[];
  /** Folded, de-duplicated expansions of every dictionary entry with this folded term. */
  expansions: string[];
};

const foldPhrase = (s: string): string => foldVietnamese(sanitizeQuery(s));

/**
 * Group dictionary entries by folded term (so "sổ đỏ" and "so do" are one
 * term), drop empty terms, and sort longest first (by word count, then length).
 */
export function compileSynonyms(dictionary: readonly SynonymEntry[]): CompiledTerm[] {
  const byTerm = new Map<string, CompiledTerm>();
  for (const entry of dictionary) {
    const tokens = tokenize(foldVietnamese(entry.term));
    if (tokens.length === 0) continue;
    const folded = tokens.join(" ");
    let compiled = byTerm.get(folded);
    if (!compiled) {
      compiled = { folded, tokens, expansions: [] };
      byTerm.set(folded, compiled);
    }
    for (const expansion of entry.expansions) {
      const f = foldPhrase(expansion);
      if (f && f !== folded && !compiled.expansions.includes(f)) compiled.expansions.push(f);
    }
  }
  return [...byTerm.values()].sort(
    (a, b) => b.tokens.length - a.tokens.length || b.folded.length - a.folded.length,
  );
}

/**
 * Expand a user query with a synonym dictionary.
 *
 * Terms are matched as whole-word phrases on the folded query ("so do",
 * "Sổ Đỏ" and "sổ đỏ" all match the term "sổ đỏ"; "tam" never matches
 * "tạm trú"). Longer terms win: once a span of query words is claimed by a
 * term, shorter terms overlapping it do not fire ("mất sổ đỏ" triggers only
 * its own entry, not "sổ đỏ"). Expansion is a single pass — expansions are
 * never expanded again, so a dictionary with cycles cannot loop.
 */
export function expandQuery(query: string, dictionary: readonly SynonymEntry[]): ExpandedQuery {
  const folded = foldPhrase(query);
  const tokens = tokenize(folded);
  const result: ExpandedQuery = { folded, tokens, expansions: [], matchedTerms: [] };
  if (tokens.length === 0) return result;

  const claimed = new Array<boolean>(tokens.length).fill(false);
  const hits: Array<{ at: number; term: CompiledTerm }> = [];

  for (const term of compileSynonyms(dictionary)) {
    const n = term.tokens.length;
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < n; k++) {
        if (claimed[i + k] || tokens[i + k] !== term.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < n; k++) claimed[i + k] = true;
      hits.push({ at: i, term });
      i += n - 1;
    }
  }

  hits.sort((a, b) => a.at - b.at);
  for (const { term } of hits) {
    if (!result.matchedTerms.includes(term.folded)) result.matchedTerms.push(term.folded);
    for (const e of term.expansions) {
      if (e !== folded && !result.expansions.includes(e)) result.expansions.push(e);
    }
  }
  return result;
}
