package vn.dvc.portal.support;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.portal.shared.content.PublicContentChanged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes of public content as another node makes them (the area's version bumped and a
 * notification sent, committed), and waiting until this node has heard them.
 */
public final class ContentChanges {

	/** An area of public content that only the tests change. */
	private static final String BARRIER = "test-barrier";

	private final JdbcTemplate jdbc;

	private final ConfigurableApplicationContext context;

	public ContentChanges(JdbcTemplate jdbc, ConfigurableApplicationContext context) {
		this.jdbc = jdbc;
		this.context = context;
	}

	/** Announces a change of the area as another node would, and waits until this node heard it. */
	public void announcedByAnotherNode(String area) throws InterruptedException {
		whenHeard(area, () -> {
			this.jdbc.update("update content_version set version = version + 1 where area = ?", area);
			this.jdbc.execute("select pg_notify('dvc_public_content', '" + area + "')");
		});
	}

	/**
	 * Waits until the node has heard every change made so far: the node announces the changes it
	 * hears in one pass over {@code content_version}, so a pass that announces a change of a test area
	 * made after them has already announced theirs, and a second such pass finds the first one done.
	 */
	public void heardEveryChange() throws InterruptedException {
		this.jdbc.update("insert into content_version (area, version) values (?, 0) on conflict do nothing", BARRIER);
		for (int pass = 0; pass < 2; pass++) {
			announcedByAnotherNode(BARRIER);
		}
	}

	private void whenHeard(String area, Runnable change) throws InterruptedException {
		BlockingQueue<String> heard = new LinkedBlockingQueue<>();
		ApplicationListener<PayloadApplicationEvent<PublicContentChanged>> listener = event -> heard
			.add(event.getPayload().area());
		this.context.addApplicationListener(listener);
		try {
			change.run();
			String announced;
			do {
				announced = heard.poll(20, TimeUnit.SECONDS);
				assertThat(announced).as("a change announced within 20 s").isNotNull();
			}
			while (!area.equals(announced));
		}
		finally {
			this.context.removeApplicationListener(listener);
		}
	}

}
