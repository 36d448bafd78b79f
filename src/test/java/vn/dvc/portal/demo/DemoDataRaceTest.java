package vn.dvc.portal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.PortalApplication;
import vn.dvc.portal.shared.db.EmbeddedPostgresServer;
import vn.dvc.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two copies of the portal started at the same moment on an empty database (a fresh database in
 * the test PostgreSQL): both start, and the demo data is there once.
 */
@PortalTest
class DemoDataRaceTest {

	@Autowired
	EmbeddedPostgresServer server;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoNodesStartingTogetherOnAnEmptyDatabaseBothStartAndLoadTheDemoDataOnce() throws Exception {
		String database = "demo_race_" + UUID.randomUUID().toString().replace("-", "");
		this.jdbc.execute("create database " + database);
		String url = "jdbc:postgresql://localhost:" + this.server.postgres().getPort() + "/" + database;
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<ConfigurableApplicationContext> started = new ArrayList<>();
		try {
			List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				starting.add(nodes.submit(() -> {
					go.await();
					return new SpringApplicationBuilder(PortalApplication.class).web(WebApplicationType.SERVLET)
						.profiles("test")
						.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
								"--spring.main.banner-mode=off", "--dvc.notify.poll-interval=1h");
				}));
			}
			go.countDown();
			for (Future<ConfigurableApplicationContext> node : starting) {
				started.add(node.get());
			}
			JdbcTemplate fresh = started.get(0).getBean(JdbcTemplate.class);
			assertThat(fresh.queryForObject("select count(*) from agency", Integer.class))
				.isEqualTo(DemoCatalog.AGENCIES.size());
			assertThat(fresh.queryForObject("select count(*) from procedure", Integer.class))
				.isEqualTo(DemoCatalog.PROCEDURES.size());
			assertThat(fresh.queryForObject("select count(*) from account where login = 'admin'", Integer.class)).isOne();
		}
		finally {
			started.forEach(ConfigurableApplicationContext::close);
			nodes.shutdownNow();
			this.jdbc.execute("drop database if exists " + database + " with (force)");
		}
	}

}
