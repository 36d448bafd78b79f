package vn.dvc.portal.demo;

import java.util.List;
import java.util.Set;

import vn.dvc.portal.catalog.AdminLevel;
import vn.dvc.portal.catalog.NewAgency;
import vn.dvc.portal.catalog.NewProcedure.Requirement;
import vn.dvc.portal.catalog.ServiceLevel;
import vn.dvc.portal.documents.FileFormat;

/**
 * The demo catalogue. Agencies and procedure names come from the seed documents (the Hà Tĩnh
 * letters of Sở Ngoại vụ 2024 and Sở Nội vụ 2022), completed with procedures of the same agencies
 * from the national catalogue. Only {@code 2.000287.000.00.00.H27} is a national code given by the
 * seeds; the other codes are local demo codes ({@code H27.*}). Processing times and fees are
 * plausible demo values, not official ones. Contacts are the agencies' public ones, never an
 * official's name or phone.
 */
final class DemoCatalog {

	static final String SO_NGOAI_VU = "000.00.20.H27";

	static final String SO_NOI_VU = "000.00.12.H27";

	static final String TP_HA_TINH = "000.00.31.H27";

	record DemoProcedure(String agencyCode, String code, String name, String field, ServiceLevel serviceLevel,
			AdminLevel adminLevel, int processingDays, long feeVnd, String legalBasis, String resultTypeCode,
			List<Requirement> requirements) {
	}

	static final List<NewAgency> AGENCIES = List.of(
			new NewAgency(SO_NGOAI_VU, "Sở Ngoại vụ tỉnh Hà Tĩnh", AdminLevel.PROVINCE, "Thành phố Hà Tĩnh, tỉnh Hà Tĩnh",
					null, "songoaivu@hatinh.gov.vn", "Văn phòng - Thanh tra Sở, bộ phận một cửa"),
			new NewAgency(SO_NOI_VU, "Sở Nội vụ tỉnh Hà Tĩnh", AdminLevel.PROVINCE,
					"Số 38, đường Nguyễn Công Trứ, thành phố Hà Tĩnh", null, "sonoivu@hatinh.gov.vn",
					"Văn phòng Sở, bộ phận một cửa"),
			new NewAgency(TP_HA_TINH, "Ủy ban nhân dân thành phố Hà Tĩnh", AdminLevel.DISTRICT,
					"Thành phố Hà Tĩnh, tỉnh Hà Tĩnh", null, null, "Bộ phận tiếp nhận và trả kết quả"));

	private static final Set<FileFormat> SCANS = Set.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG);

	private static final Set<FileFormat> PDF_ONLY = Set.of(FileFormat.PDF);

	/** A report typed from the agency's Word template, or its signed scan. */
	static final Set<FileFormat> TYPED_OR_SCANNED = Set.of(FileFormat.PDF, FileFormat.DOCX, FileFormat.ODT);

	/** A list kept in a spreadsheet or a Word table, or its scan. */
	private static final Set<FileFormat> LIST = Set.of(FileFormat.PDF, FileFormat.JPEG, FileFormat.PNG, FileFormat.DOCX,
			FileFormat.XLSX, FileFormat.ODT, FileFormat.ODS);

	private static final String EMULATION = "Thi đua, khen thưởng";

	private static final String EMULATION_LAW = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP";

	private static final String ASSOCIATIONS = "Tổ chức phi chính phủ (hội)";

	private static final String ASSOCIATIONS_LAW = "Nghị định số 45/2010/NĐ-CP; Nghị định số 33/2012/NĐ-CP";

	private static List<Requirement> emulation(String proposal) {
		return List.of(new Requirement(proposal, true, PDF_ONLY, null),
				new Requirement("Báo cáo thành tích của tập thể, cá nhân được đề nghị khen thưởng", true, TYPED_OR_SCANNED,
						null),
				new Requirement("Biên bản họp xét của Hội đồng Thi đua - Khen thưởng cấp trình", true, SCANS, null),
				new Requirement("Giấy tờ chứng minh thành tích (nếu có)", false, SCANS, null));
	}

	private static List<Requirement> association(String application) {
		return List.of(new Requirement(application, true, PDF_ONLY, null),
				new Requirement("Dự thảo điều lệ hoặc điều lệ sửa đổi của hội", true, PDF_ONLY, null),
				new Requirement("Danh sách và lý lịch trích ngang của những người dự kiến lãnh đạo hội", true, SCANS, null),
				new Requirement("Văn bản xác nhận nơi dự kiến đặt trụ sở của hội", false, SCANS, null));
	}

	static final List<DemoProcedure> PROCEDURES = List.of(
			new DemoProcedure(SO_NGOAI_VU, "H27.SNGV.01",
					"Cho phép tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền của Thủ tướng Chính phủ",
					"Hội nghị, hội thảo quốc tế", ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 15, 0,
					"Quyết định số 06/2020/QĐ-TTg của Thủ tướng Chính phủ về tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam",
					"VBCP-HNHT",
					List.of(new Requirement("Văn bản đề nghị cho phép tổ chức hội nghị, hội thảo quốc tế", true, PDF_ONLY, null),
							new Requirement("Đề án tổ chức hội nghị, hội thảo (mục đích, thời gian, địa điểm, thành phần, nội dung, nguồn kinh phí)", true, PDF_ONLY, null),
							new Requirement("Danh sách đại biểu nước ngoài dự kiến tham dự", false, LIST, null))),
			new DemoProcedure(SO_NGOAI_VU, "H27.SNGV.02",
					"Cho phép sử dụng thẻ đi lại của doanh nhân APEC (thẻ ABTC)", "Lãnh sự", ServiceLevel.PARTIAL_ONLINE,
					AdminLevel.PROVINCE, 10, 0,
					"Quy định của Thủ tướng Chính phủ về việc cấp và quản lý thẻ đi lại của doanh nhân APEC",
					"VBCP-ABTC",
					List.of(new Requirement("Văn bản đề nghị cho phép sử dụng thẻ ABTC của doanh nghiệp", true, PDF_ONLY, null),
							new Requirement("Bản sao hộ chiếu còn giá trị của doanh nhân", true, SCANS, null),
							new Requirement("Giấy tờ chứng minh quan hệ kinh tế, thương mại với đối tác nước thành viên APEC", true, SCANS, null))),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.TDKT.01",
					"Tặng thưởng Bằng khen của Thủ tướng Chính phủ về thành tích thi đua theo đợt hoặc chuyên đề",
					EMULATION, ServiceLevel.PARTIAL_ONLINE, AdminLevel.PROVINCE, 30, 0, EMULATION_LAW, "BK-TTG",
					emulation("Tờ trình đề nghị tặng thưởng Bằng khen của Thủ tướng Chính phủ")),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.TDKT.02", "Tặng Bằng khen của Chủ tịch UBND tỉnh theo đợt hoặc chuyên đề",
					EMULATION, ServiceLevel.PARTIAL_ONLINE, AdminLevel.PROVINCE, 20, 0, EMULATION_LAW, "BK-UBT",
					emulation("Tờ trình đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh")),
			new DemoProcedure(SO_NOI_VU, "2.000287.000.00.00.H27", "Tặng danh hiệu \"Tập thể lao động xuất sắc\"",
					EMULATION, ServiceLevel.PARTIAL_ONLINE, AdminLevel.PROVINCE, 20, 0, EMULATION_LAW, "DH-TTLDXS",
					emulation("Tờ trình đề nghị tặng danh hiệu \"Tập thể lao động xuất sắc\"")),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.TDKT.04",
					"Tặng thưởng Cờ thi đua của Chủ tịch UBND tỉnh cho tập thể thuộc các tổ chức, đơn vị, địa phương",
					EMULATION, ServiceLevel.PARTIAL_ONLINE, AdminLevel.PROVINCE, 20, 0, EMULATION_LAW, "CTD-UBT",
					emulation("Tờ trình đề nghị tặng Cờ thi đua của Chủ tịch UBND tỉnh")),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.TDKT.05", "Tặng danh hiệu \"Chiến sỹ thi đua cấp tỉnh\"", EMULATION,
					ServiceLevel.PARTIAL_ONLINE, AdminLevel.PROVINCE, 20, 0, EMULATION_LAW, "DH-CSTDT",
					emulation("Tờ trình đề nghị tặng danh hiệu \"Chiến sỹ thi đua cấp tỉnh\"")),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.TDKT.06",
					"Tặng thưởng Bằng khen của Chủ tịch UBND tỉnh cho tập thể, cá nhân thuộc các tổ chức, cơ quan, đơn vị",
					EMULATION, ServiceLevel.PARTIAL_ONLINE, AdminLevel.PROVINCE, 20, 0, EMULATION_LAW, "BK-UBT",
					emulation("Tờ trình đề nghị tặng thưởng Bằng khen của Chủ tịch UBND tỉnh")),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.HOI.01", "Công nhận ban vận động thành lập hội", ASSOCIATIONS,
					ServiceLevel.FULL_ONLINE, AdminLevel.PROVINCE, 30, 0, ASSOCIATIONS_LAW, "QD-BVD",
					List.of(new Requirement("Đơn đề nghị công nhận ban vận động thành lập hội", true, PDF_ONLY, null),
							new Requirement("Danh sách và lý lịch trích ngang của những người dự kiến tham gia ban vận động", true, SCANS, null))),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.HOI.02", "Thành lập hội", ASSOCIATIONS, ServiceLevel.PARTIAL_ONLINE,
					AdminLevel.PROVINCE, 30, 0, ASSOCIATIONS_LAW, "QD-TLH", association("Đơn xin phép thành lập hội")),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.HOI.03", "Phê duyệt điều lệ hội", ASSOCIATIONS, ServiceLevel.FULL_ONLINE,
					AdminLevel.PROVINCE, 30, 150_000, ASSOCIATIONS_LAW, "QD-DLH",
					association("Văn bản đề nghị phê duyệt điều lệ hội")),
			new DemoProcedure(SO_NOI_VU, "H27.SNV.HOI.04", "Đổi tên hội", ASSOCIATIONS, ServiceLevel.FULL_ONLINE,
					AdminLevel.PROVINCE, 30, 0, ASSOCIATIONS_LAW, "QD-DTH",
					association("Đơn đề nghị đổi tên hội")),
			new DemoProcedure(TP_HA_TINH, "H27.HUYEN.TDKT.01",
					"Tặng Giấy khen của Chủ tịch UBND cấp huyện về thành tích thi đua theo đợt hoặc chuyên đề", EMULATION,
					ServiceLevel.FULL_ONLINE, AdminLevel.DISTRICT, 10, 0, EMULATION_LAW, "GK-UBH",
					emulation("Tờ trình đề nghị tặng Giấy khen của Chủ tịch UBND thành phố")),
			new DemoProcedure(TP_HA_TINH, "H27.HUYEN.TDKT.02", "Tặng danh hiệu \"Lao động tiên tiến\"", EMULATION,
					ServiceLevel.FULL_ONLINE, AdminLevel.DISTRICT, 10, 0, EMULATION_LAW, "DH-LDTT",
					emulation("Tờ trình đề nghị tặng danh hiệu \"Lao động tiên tiến\"")));

	private DemoCatalog() {
	}

}
