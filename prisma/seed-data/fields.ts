import type { SeedField } from "./types";

/** Subject areas (lĩnh vực) as named in the national catalog. */
export const fields: SeedField[] = [
  { code: "HT", name: "Hộ tịch", nameEn: "Civil status registration" },
  { code: "NCN", name: "Nuôi con nuôi", nameEn: "Adoption" },
  { code: "CT", name: "Đăng ký, quản lý cư trú", nameEn: "Residence registration" },
  { code: "CTH", name: "Chứng thực", nameEn: "Certification" },
  { code: "LLTP", name: "Lý lịch tư pháp", nameEn: "Judicial records" },
  { code: "DD", name: "Đất đai", nameEn: "Land" },
  { code: "XD", name: "Hoạt động xây dựng", nameEn: "Construction" },
  { code: "HKD", name: "Thành lập và hoạt động của hộ kinh doanh", nameEn: "Household business registration" },
  { code: "DN", name: "Thành lập và hoạt động doanh nghiệp", nameEn: "Enterprise registration" },
  { code: "DB", name: "Đường bộ", nameEn: "Road traffic" },
  { code: "VL", name: "Việc làm", nameEn: "Employment and foreign workers" },
  { code: "BTXH", name: "Bảo trợ xã hội", nameEn: "Social protection" },
  { code: "NCC", name: "Người có công", nameEn: "People with meritorious services to the revolution" },
  { code: "GN", name: "Giảm nghèo", nameEn: "Poverty reduction" },
  { code: "ATTP", name: "An toàn thực phẩm", nameEn: "Food safety" },
  { code: "LTHH", name: "Lưu thông hàng hóa trong nước", nameEn: "Domestic trade" },
  { code: "KDXD", name: "Kinh doanh xăng dầu", nameEn: "Petroleum trading" },
  { code: "BHYT", name: "Bảo hiểm y tế", nameEn: "Health insurance" },
  { code: "VBCC", name: "Hệ thống văn bằng, chứng chỉ", nameEn: "Diplomas and certificates" },
];
