import type { SeedLifeEvent } from "./types";

/** Life-event groups (nhóm sự kiện) of the national public-service portal. */
export const lifeEvents: SeedLifeEvent[] = [
  {
    code: "KHAI_SINH",
    name: "Khai sinh",
    nameEn: "Having a baby",
    description: "Đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em mới sinh.",
  },
  {
    code: "KET_HON",
    name: "Kết hôn",
    nameEn: "Getting married",
    description: "Xác nhận tình trạng hôn nhân, đăng ký kết hôn trong nước và có yếu tố nước ngoài.",
  },
  {
    code: "NHAN_CON_NUOI",
    name: "Nhận con nuôi",
    nameEn: "Adopting a child",
    description: "Đăng ký việc nuôi con nuôi, nhận cha, mẹ, con và giám hộ.",
  },
  {
    code: "CU_TRU",
    name: "Cư trú, chuyển nơi ở",
    nameEn: "Moving home",
    description: "Đăng ký thường trú, tạm trú, gia hạn tạm trú, khai báo tạm vắng khi thay đổi chỗ ở.",
  },
  {
    code: "HOC_TAP",
    name: "Học tập",
    nameEn: "Education",
    description: "Cấp bản sao văn bằng, chứng chỉ và các giấy tờ phục vụ học tập.",
  },
  {
    code: "VIEC_LAM",
    name: "Việc làm",
    nameEn: "Employment",
    description: "Giấy tờ khi đi làm: phiếu lý lịch tư pháp, chứng thực giấy tờ, giấy phép lao động cho người nước ngoài.",
  },
  {
    code: "KHOI_SU_KINH_DOANH",
    name: "Lập nghiệp, khởi sự kinh doanh",
    nameEn: "Starting a business",
    description: "Đăng ký hộ kinh doanh, thành lập doanh nghiệp và xin các giấy phép kinh doanh có điều kiện.",
  },
  {
    code: "VAN_HANH_KINH_DOANH",
    name: "Hoạt động, thay đổi, chấm dứt kinh doanh",
    nameEn: "Running or closing a business",
    description: "Thay đổi nội dung đăng ký, tạm ngừng, chấm dứt hoạt động kinh doanh.",
  },
  {
    code: "XAY_DUNG_NHA_O",
    name: "Xây dựng nhà ở",
    nameEn: "Building a house",
    description: "Xin cấp, gia hạn giấy phép xây dựng, sửa chữa, cải tạo nhà ở riêng lẻ.",
  },
  {
    code: "DAT_DAI_NHA_O",
    name: "Đất đai, mua bán, chuyển nhượng nhà đất",
    nameEn: "Land and property transactions",
    description: "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất; chuyển nhượng, tặng cho, thừa kế; tách, hợp thửa.",
  },
  {
    code: "LAI_XE_PHUONG_TIEN",
    name: "Lái xe, phương tiện",
    nameEn: "Driving and vehicles",
    description: "Cấp đổi, cấp lại giấy phép lái xe; đăng ký xe.",
  },
  {
    code: "NGHI_HUU",
    name: "Nghỉ hưu, người cao tuổi",
    nameEn: "Retirement and old age",
    description: "Trợ cấp xã hội cho người cao tuổi, thẻ bảo hiểm y tế và các chế độ khi nghỉ hưu.",
  },
  {
    code: "KHAI_TU",
    name: "Khai tử, người thân qua đời",
    nameEn: "Death of a family member",
    description: "Đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai táng và chế độ tử tuất.",
  },
  {
    code: "TRO_GIUP_XA_HOI",
    name: "Trợ giúp xã hội",
    nameEn: "Social assistance",
    description: "Trợ cấp xã hội hàng tháng, hỗ trợ mai táng, công nhận hộ nghèo, chế độ người có công.",
  },
  {
    code: "Y_TE",
    name: "Y tế, khám chữa bệnh",
    nameEn: "Health care",
    description: "Thẻ bảo hiểm y tế và các thủ tục liên quan đến khám bệnh, chữa bệnh, an toàn thực phẩm.",
  },
];
