/** Shared building blocks of the procedure catalog (legal documents, publishing decisions, helpers). */
import type { DocumentForm, SeedComponent, SeedLegalDoc } from "../types";

export { AG, COMMUNE_POLICE_CODES } from "../agencies";

const QH = "Quốc hội";
const UBTVQH = "Ủy ban Thường vụ Quốc hội";
const CP = "Chính phủ";
const TTG = "Thủ tướng Chính phủ";
const BTC = "Bộ Tài chính";
const BTP = "Bộ Tư pháp";
const BCA = "Bộ Công an";

/** Legal documents cited by the catalog. */
export const L = {
  // Tư pháp, hộ tịch, chứng thực
  LUAT_HO_TICH: { code: "60/2014/QH13", title: "Luật Hộ tịch", issuedOn: "2014-11-20", issuer: QH },
  ND_123_2015: { code: "123/2015/NĐ-CP", title: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", issuedOn: "2015-11-15", issuer: CP },
  ND_07_2025: { code: "07/2025/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của các nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực", issuedOn: "2025-01-09", issuer: CP },
  ND_120_2025: { code: "120/2025/NĐ-CP", title: "Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp", issuedOn: "2025-06-11", issuer: CP },
  TT_04_2020_BTP: { code: "04/2020/TT-BTP", title: "Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP", issuedOn: "2020-05-28", issuer: BTP },
  TT_85_2019_BTC: { code: "85/2019/TT-BTC", title: "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương", issuedOn: "2019-11-29", issuer: BTC },
  TT_281_2016_BTC: { code: "281/2016/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch", issuedOn: "2016-11-14", issuer: BTC },
  LUAT_NCN: { code: "52/2010/QH12", title: "Luật Nuôi con nuôi", issuedOn: "2010-06-17", issuer: QH },
  ND_19_2011: { code: "19/2011/NĐ-CP", title: "Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi", issuedOn: "2011-03-21", issuer: CP },
  ND_24_2019: { code: "24/2019/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 19/2011/NĐ-CP", issuedOn: "2019-03-05", issuer: CP },
  ND_114_2016: { code: "114/2016/NĐ-CP", title: "Nghị định quy định lệ phí đăng ký nuôi con nuôi, lệ phí cấp giấy phép hoạt động của tổ chức con nuôi nước ngoài", issuedOn: "2016-07-08", issuer: CP },
  ND_23_2015: { code: "23/2015/NĐ-CP", title: "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", issuedOn: "2015-02-16", issuer: CP },
  TT_01_2020_BTP: { code: "01/2020/TT-BTP", title: "Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP", issuedOn: "2020-03-03", issuer: BTP },
  TT_226_2016_BTC: { code: "226/2016/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực", issuedOn: "2016-11-11", issuer: BTC },
  LUAT_LLTP: { code: "28/2009/QH12", title: "Luật Lý lịch tư pháp", issuedOn: "2009-06-17", issuer: QH },
  ND_111_2010: { code: "111/2010/NĐ-CP", title: "Nghị định quy định chi tiết một số điều của Luật Lý lịch tư pháp", issuedOn: "2010-11-23", issuer: CP },
  TT_244_2016_BTC: { code: "244/2016/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp", issuedOn: "2016-11-11", issuer: BTC },
  // Cư trú, giao thông (Bộ Công an)
  LUAT_CU_TRU: { code: "68/2020/QH14", title: "Luật Cư trú", issuedOn: "2020-11-13", issuer: QH },
  ND_154_2024: { code: "154/2024/NĐ-CP", title: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú", issuedOn: "2024-11-26", issuer: CP },
  TT_55_2021_BCA: { code: "55/2021/TT-BCA", title: "Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú", issuedOn: "2021-05-15", issuer: BCA },
  TT_66_2023_BCA: { code: "66/2023/TT-BCA", title: "Thông tư sửa đổi, bổ sung một số điều của các thông tư quy định về đăng ký, quản lý cư trú và biểu mẫu", issuedOn: "2023-11-17", issuer: BCA },
  TT_75_2022_BTC: { code: "75/2022/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký cư trú", issuedOn: "2022-12-22", issuer: BTC },
  LUAT_TTATGT: { code: "36/2024/QH15", title: "Luật Trật tự, an toàn giao thông đường bộ", issuedOn: "2024-06-27", issuer: QH },
  TT_12_2025_BCA: { code: "12/2025/TT-BCA", title: "Thông tư quy định về sát hạch, cấp giấy phép lái xe; cấp, sử dụng giấy phép lái xe quốc tế", issuedOn: "2025-02-28", issuer: BCA },
  TT_37_2023_BTC: { code: "37/2023/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện và lệ phí đăng ký, cấp biển phương tiện giao thông", issuedOn: "2023-06-07", issuer: BTC },
  TT_79_2024_BCA: { code: "79/2024/TT-BCA", title: "Thông tư quy định về cấp, thu hồi chứng nhận đăng ký, biển số xe cơ giới, xe máy chuyên dùng", issuedOn: "2024-11-15", issuer: BCA },
  TT_60_2023_BTC: { code: "60/2023/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý lệ phí đăng ký, cấp biển phương tiện giao thông cơ giới đường bộ", issuedOn: "2023-09-07", issuer: BTC },
  // Đất đai, xây dựng
  LUAT_DAT_DAI: { code: "31/2024/QH15", title: "Luật Đất đai", issuedOn: "2024-01-18", issuer: QH },
  ND_101_2024: { code: "101/2024/NĐ-CP", title: "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai", issuedOn: "2024-07-29", issuer: CP },
  ND_102_2024: { code: "102/2024/NĐ-CP", title: "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai", issuedOn: "2024-07-30", issuer: CP },
  ND_151_2025: { code: "151/2025/NĐ-CP", title: "Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai", issuedOn: "2025-06-12", issuer: CP },
  TT_10_2024_BTNMT: { code: "10/2024/TT-BTNMT", title: "Thông tư quy định về hồ sơ địa chính, Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", issuedOn: "2024-07-31", issuer: "Bộ Tài nguyên và Môi trường" },
  LUAT_XAY_DUNG: { code: "50/2014/QH13", title: "Luật Xây dựng", issuedOn: "2014-06-18", issuer: QH },
  LUAT_XD_SUA_DOI: { code: "62/2020/QH14", title: "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng", issuedOn: "2020-06-17", issuer: QH },
  ND_175_2024: { code: "175/2024/NĐ-CP", title: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng", issuedOn: "2024-12-30", issuer: CP },
  // Kinh doanh
  LUAT_DOANH_NGHIEP: { code: "59/2020/QH14", title: "Luật Doanh nghiệp", issuedOn: "2020-06-17", issuer: QH },
  LUAT_DN_SUA_DOI: { code: "76/2025/QH15", title: "Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp", issuedOn: "2025-06-17", issuer: QH },
  ND_168_2025: { code: "168/2025/NĐ-CP", title: "Nghị định về đăng ký doanh nghiệp", issuedOn: "2025-06-30", issuer: CP },
  TT_47_2019_BTC: { code: "47/2019/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp", issuedOn: "2019-08-05", issuer: BTC },
  LUAT_THUONG_MAI: { code: "36/2005/QH11", title: "Luật Thương mại", issuedOn: "2005-06-14", issuer: QH },
  LUAT_RUOU_BIA: { code: "44/2019/QH14", title: "Luật Phòng, chống tác hại của rượu, bia", issuedOn: "2019-06-14", issuer: QH },
  ND_105_2017: { code: "105/2017/NĐ-CP", title: "Nghị định về kinh doanh rượu", issuedOn: "2017-09-14", issuer: CP },
  ND_17_2020: { code: "17/2020/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến điều kiện đầu tư kinh doanh thuộc lĩnh vực quản lý nhà nước của Bộ Công Thương", issuedOn: "2020-02-05", issuer: CP },
  LUAT_THUOC_LA: { code: "09/2012/QH13", title: "Luật Phòng, chống tác hại của thuốc lá", issuedOn: "2012-06-18", issuer: QH },
  ND_67_2013: { code: "67/2013/NĐ-CP", title: "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá", issuedOn: "2013-06-27", issuer: CP },
  ND_106_2017: { code: "106/2017/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 67/2013/NĐ-CP", issuedOn: "2017-09-14", issuer: CP },
  TT_168_2016_BTC: { code: "168/2016/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí thẩm định kinh doanh thương mại có điều kiện; thẩm định cấp giấy phép sản xuất, kinh doanh rượu, thuốc lá", issuedOn: "2016-10-26", issuer: BTC },
  ND_83_2014: { code: "83/2014/NĐ-CP", title: "Nghị định về kinh doanh xăng dầu", issuedOn: "2014-09-03", issuer: CP },
  ND_95_2021: { code: "95/2021/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu", issuedOn: "2021-11-01", issuer: CP },
  ND_80_2023: { code: "80/2023/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 95/2021/NĐ-CP và Nghị định số 83/2014/NĐ-CP về kinh doanh xăng dầu", issuedOn: "2023-11-17", issuer: CP },
  // Lao động, xã hội, y tế
  BLLD: { code: "45/2019/QH14", title: "Bộ luật Lao động", issuedOn: "2019-11-20", issuer: QH },
  ND_219_2025: { code: "219/2025/NĐ-CP", title: "Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam", issuedOn: "2025-08-07", issuer: CP },
  ND_20_2021: { code: "20/2021/NĐ-CP", title: "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", issuedOn: "2021-03-15", issuer: CP },
  ND_76_2024: { code: "76/2024/NĐ-CP", title: "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP", issuedOn: "2024-07-01", issuer: CP },
  PL_UU_DAI_NCC: { code: "02/2020/UBTVQH14", title: "Pháp lệnh Ưu đãi người có công với cách mạng", issuedOn: "2020-12-09", issuer: UBTVQH },
  ND_131_2021: { code: "131/2021/NĐ-CP", title: "Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng", issuedOn: "2021-12-30", issuer: CP },
  ND_77_2024: { code: "77/2024/NĐ-CP", title: "Nghị định quy định mức hưởng trợ cấp, phụ cấp ưu đãi đối với người có công với cách mạng", issuedOn: "2024-07-01", issuer: CP },
  ND_07_2021: { code: "07/2021/NĐ-CP", title: "Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025", issuedOn: "2021-01-27", issuer: CP },
  QD_24_2021_TTG: { code: "24/2021/QĐ-TTg", title: "Quyết định quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình", issuedOn: "2021-07-16", issuer: TTG },
  LUAT_BHYT: { code: "25/2008/QH12", title: "Luật Bảo hiểm y tế", issuedOn: "2008-11-14", issuer: QH },
  LUAT_BHYT_2014: { code: "46/2014/QH13", title: "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", issuedOn: "2014-06-13", issuer: QH },
  LUAT_BHYT_2024: { code: "51/2024/QH15", title: "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế", issuedOn: "2024-11-27", issuer: QH },
  ND_188_2025: { code: "188/2025/NĐ-CP", title: "Nghị định quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế", issuedOn: "2025-07-01", issuer: CP },
  ND_63_2024: { code: "63/2024/NĐ-CP", title: "Nghị định quy định việc thực hiện liên thông điện tử 02 nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất", issuedOn: "2024-06-10", issuer: CP },
  LUAT_ATTP: { code: "55/2010/QH12", title: "Luật An toàn thực phẩm", issuedOn: "2010-06-17", issuer: QH },
  ND_15_2018: { code: "15/2018/NĐ-CP", title: "Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm", issuedOn: "2018-02-02", issuer: CP },
  TT_279_2016_BTC: { code: "279/2016/TT-BTC", title: "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí trong công tác an toàn thực phẩm", issuedOn: "2016-11-14", issuer: BTC },
  TT_21_2019_BGDDT: { code: "21/2019/TT-BGDĐT", title: "Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân", issuedOn: "2019-11-29", issuer: "Bộ Giáo dục và Đào tạo" },
  // Một cửa
  ND_118_2025: { code: "118/2025/NĐ-CP", title: "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia", issuedOn: "2025-06-09", issuer: CP },
} satisfies Record<string, SeedLegalDoc>;

/** Fee legal basis text for fees set by the provincial People's Council. */
export const HDND_FEE_BASIS = "Nghị quyết của Hội đồng nhân dân tỉnh Ninh Bình; Thông tư số 85/2019/TT-BTC";

function vnDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Publishing decision of the chairman of the provincial People's Committee. */
export function published(number: number, isoDate: string, scope: string): { publishedBy: string; publishedOn: string } {
  return {
    publishedBy: `Quyết định số ${number}/QĐ-UBND ngày ${vnDate(isoDate)} của Chủ tịch Ủy ban nhân dân tỉnh Ninh Bình công bố danh mục thủ tục hành chính ${scope}`,
    publishedOn: isoDate,
  };
}

export const PUB = {
  HO_TICH: published(1523, "2025-07-01", "lĩnh vực hộ tịch, nuôi con nuôi thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"),
  CHUNG_THUC: published(1525, "2025-07-01", "lĩnh vực chứng thực thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"),
  LLTP: published(1524, "2025-07-01", "lĩnh vực lý lịch tư pháp thuộc phạm vi chức năng quản lý của Sở Tư pháp"),
  CU_TRU: published(1531, "2025-07-01", "lĩnh vực đăng ký, quản lý cư trú thực hiện tại Công an cấp xã trên địa bàn tỉnh"),
  DAT_DAI_XA: published(1612, "2025-07-10", "lĩnh vực đất đai thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"),
  DAT_DAI_TINH: published(1613, "2025-07-10", "lĩnh vực đất đai thuộc phạm vi chức năng quản lý của Sở Nông nghiệp và Môi trường"),
  XAY_DUNG: published(1655, "2025-07-15", "lĩnh vực hoạt động xây dựng thuộc thẩm quyền giải quyết của Sở Xây dựng và Ủy ban nhân dân cấp xã"),
  HKD: published(1588, "2025-07-04", "lĩnh vực thành lập và hoạt động của hộ kinh doanh thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"),
  DN: published(1589, "2025-07-04", "lĩnh vực thành lập và hoạt động doanh nghiệp thuộc phạm vi chức năng quản lý của Sở Tài chính"),
  GIAO_THONG: published(1702, "2025-07-21", "lĩnh vực đường bộ thực hiện tại Công an tỉnh"),
  LAO_DONG: published(2015, "2025-08-20", "lĩnh vực việc làm thuộc phạm vi chức năng quản lý của Sở Nội vụ"),
  XA_HOI: published(1540, "2025-07-01", "lĩnh vực bảo trợ xã hội, giảm nghèo thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"),
  NCC: published(1541, "2025-07-01", "lĩnh vực người có công thuộc phạm vi chức năng quản lý của Sở Nội vụ"),
  ATTP: published(1905, "2025-08-12", "lĩnh vực an toàn thực phẩm thuộc phạm vi chức năng quản lý của Sở Y tế"),
  BHYT: published(2110, "2025-09-05", "lĩnh vực bảo hiểm y tế thực hiện tại Bảo hiểm xã hội tỉnh"),
  CONG_THUONG_XA: published(1720, "2025-07-25", "lĩnh vực lưu thông hàng hóa trong nước thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã"),
  CONG_THUONG_TINH: published(1721, "2025-07-25", "lĩnh vực lưu thông hàng hóa trong nước, kinh doanh xăng dầu thuộc phạm vi chức năng quản lý của Sở Công Thương"),
  GDDT: published(2204, "2025-09-15", "lĩnh vực hệ thống văn bằng, chứng chỉ thuộc phạm vi chức năng quản lý của Sở Giáo dục và Đào tạo"),
  LIEN_THONG: published(1801, "2025-08-01", "liên thông điện tử thực hiện trên địa bàn tỉnh theo Nghị định số 63/2024/NĐ-CP"),
};

/** One dossier component. */
export function comp(
  name: string,
  form: DocumentForm,
  opts: { count?: number; required?: boolean; templateName?: string; note?: string } = {},
): SeedComponent {
  const c: SeedComponent = { name, form, count: opts.count ?? 1, required: opts.required ?? true };
  if (opts.templateName) c.templateName = opts.templateName;
  if (opts.note) c.note = opts.note;
  return c;
}

/** The identity document every applicant shows at the counter (not needed when using VNeID online). */
export const ID_DOC = comp("Hộ chiếu, Căn cước hoặc Thẻ căn cước công dân của người yêu cầu", "PRESENT_ORIGINAL", {
  note: "Không phải xuất trình khi thông tin đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư hoặc khi nộp hồ sơ trực tuyến bằng tài khoản định danh điện tử mức độ 2",
});

/** Power of attorney when someone files on behalf of the applicant. */
export const UY_QUYEN = comp("Văn bản ủy quyền theo quy định của pháp luật (trường hợp ủy quyền thực hiện thủ tục)", "ORIGINAL_OR_COPY", {
  required: false,
  note: "Không phải chứng thực nếu người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền",
});

export const SAU_15H = "trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo";
