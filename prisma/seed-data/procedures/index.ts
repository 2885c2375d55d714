import type { SeedProcedure } from "../types";
import { chungThucProcedures } from "./chung-thuc";
import { congThuongProcedures } from "./cong-thuong";
import { cuTruProcedures } from "./cu-tru";
import { datDaiProcedures } from "./dat-dai";
import { giaoDucProcedures } from "./giao-duc";
import { giaoThongProcedures } from "./giao-thong";
import { hoTichProcedures } from "./ho-tich";
import { kinhDoanhProcedures } from "./kinh-doanh";
import { laoDongProcedures } from "./lao-dong";
import { lienThongProcedures } from "./lien-thong";
import { tuPhapProcedures } from "./tu-phap";
import { xaHoiProcedures } from "./xa-hoi";
import { xayDungProcedures } from "./xay-dung";
import { yTeProcedures } from "./y-te";

export const procedures: SeedProcedure[] = [
  ...hoTichProcedures,
  ...lienThongProcedures,
  ...cuTruProcedures,
  ...chungThucProcedures,
  ...tuPhapProcedures,
  ...datDaiProcedures,
  ...xayDungProcedures,
  ...kinhDoanhProcedures,
  ...giaoThongProcedures,
  ...laoDongProcedures,
  ...xaHoiProcedures,
  ...yTeProcedures,
  ...congThuongProcedures,
  ...giaoDucProcedures,
];

/** Procedures the demo must contain, by exact name (from the project's issue). */
export const requiredProcedureNames: string[] = [
  "Đăng ký khai sinh",
  "Đăng ký kết hôn",
  "Đăng ký khai tử",
  "Cấp Giấy xác nhận tình trạng hôn nhân",
  "Đăng ký nhận cha, mẹ, con",
  "Thay đổi, cải chính, bổ sung thông tin hộ tịch",
  "Cấp bản sao trích lục hộ tịch",
  "Đăng ký thường trú",
  "Đăng ký tạm trú",
  "Chứng thực bản sao từ bản chính",
  "Chứng thực chữ ký",
  "Đăng ký thành lập hộ kinh doanh",
  "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
  "Cấp giấy phép xây dựng nhà ở riêng lẻ",
  "Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
  "Đăng ký biến động đất đai (chuyển nhượng, tặng cho, thừa kế)",
  "Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất",
  "Cấp Phiếu lý lịch tư pháp",
  "Cấp đổi giấy phép lái xe",
  "Đăng ký thành lập doanh nghiệp (công ty TNHH một thành viên)",
  "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
  "Cấp giấy phép bán lẻ rượu",
  "Cấp giấy phép lao động cho người lao động nước ngoài",
  "Trợ cấp xã hội hàng tháng cho đối tượng bảo trợ xã hội",
  "Hỗ trợ chi phí mai táng",
  "Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
  "Liên thông các thủ tục hành chính: Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
  "Liên thông các thủ tục hành chính: Đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng",
];
