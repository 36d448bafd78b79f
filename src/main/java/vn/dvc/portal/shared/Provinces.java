package vn.dvc.portal.shared;

import java.util.List;

/**
 * The 34 province-level units of Viet Nam since 1 July 2025 (Resolution 202/2025/QH15), for
 * postal addresses.
 */
public final class Provinces {

	public static final List<String> ALL = List.of("Thành phố Hà Nội", "Thành phố Huế", "Thành phố Hải Phòng",
			"Thành phố Đà Nẵng", "Thành phố Hồ Chí Minh", "Thành phố Cần Thơ", "Tỉnh An Giang", "Tỉnh Bắc Ninh",
			"Tỉnh Cà Mau", "Tỉnh Cao Bằng", "Tỉnh Đắk Lắk", "Tỉnh Điện Biên", "Tỉnh Đồng Nai", "Tỉnh Đồng Tháp",
			"Tỉnh Gia Lai", "Tỉnh Hà Tĩnh", "Tỉnh Hưng Yên", "Tỉnh Khánh Hòa", "Tỉnh Lai Châu", "Tỉnh Lâm Đồng",
			"Tỉnh Lạng Sơn", "Tỉnh Lào Cai", "Tỉnh Nghệ An", "Tỉnh Ninh Bình", "Tỉnh Phú Thọ", "Tỉnh Quảng Ngãi",
			"Tỉnh Quảng Ninh", "Tỉnh Quảng Trị", "Tỉnh Sơn La", "Tỉnh Tây Ninh", "Tỉnh Thái Nguyên", "Tỉnh Thanh Hóa",
			"Tỉnh Tuyên Quang", "Tỉnh Vĩnh Long");

	private Provinces() {
	}

	public static boolean contains(String name) {
		return name != null && ALL.contains(name);
	}

}
