package vn.dvc.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;

import vn.dvc.testidp.TestIdentityProvider;
import vn.dvc.testidp.TestPerson;

/**
 * The default run with the test identity provider: {@code ./mvnw spring-boot:test-run} starts the
 * provider on http://127.0.0.1:9000 ({@code VNEID_TEST_PROVIDER_PORT}) with three test people, then
 * the portal on http://localhost:8080 ({@code PORT}) signing in through it. Only from the test
 * classpath, so never in the portal's jar, and refused with the {@code prod} profile.
 */
public final class PortalWithTestIdentityProvider {

	private PortalWithTestIdentityProvider() {
	}

	public static void main(String[] args) {
		String profiles = System.getenv().getOrDefault("SPRING_PROFILES_ACTIVE", "");
		if (Arrays.asList(profiles.split(",")).contains("prod")) {
			throw new IllegalStateException("The test identity provider is for trying the portal, never with prod");
		}
		int providerPort = Integer.parseInt(System.getenv().getOrDefault("VNEID_TEST_PROVIDER_PORT", "9000"));
		String portalPort = System.getenv().getOrDefault("PORT", "8080");
		TestIdentityProvider provider = TestIdentityProvider.start(providerPort)
			.allowPortal("http://localhost:" + portalPort)
			.allowPortal("http://127.0.0.1:" + portalPort);
		// Fixed subjects, so that the accounts they open stay theirs across restarts of ./data.
		provider.add(new TestPerson("demo-nguyen-van-an", "citizen", "042090001234", "Nguyễn Văn An", "1990-04-12",
				"Số 8 Hà Huy Tập, phường Nam Hà, thành phố Hà Tĩnh", "0912345001", "an.nguyen@example.com",
				TestPerson.LEVEL_2));
		provider.add(new TestPerson("demo-le-thi-hoa", "citizen", "042095005678", "Lê Thị Hoa", null, null,
				"0912345002", null, TestPerson.LEVEL_2));
		provider.add(new TestPerson("demo-cong-ty-ha-tinh-xanh", "organisation", "042099009999",
				"Công ty TNHH Hà Tĩnh Xanh", null, "Khu kinh tế Vũng Áng, thị xã Kỳ Anh", null, null, TestPerson.LEVEL_2));
		List<String> arguments = new ArrayList<>(Arrays.asList(args));
		arguments.add("--dvc.vneid.issuer-uri=" + provider.issuer());
		arguments.add("--dvc.vneid.client-id=" + TestIdentityProvider.CLIENT_ID);
		arguments.add("--dvc.vneid.client-secret=" + TestIdentityProvider.CLIENT_SECRET);
		arguments.add("--dvc.vneid.scopes=openid,profile,email,phone,address");
		SpringApplication.from(PortalApplication::main).run(arguments.toArray(String[]::new));
	}

}
