package vn.dvc.portal.account.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * An image captcha checked by the server. The answer lives in the session and is good for one
 * check only, so a solved image cannot be replayed.
 */
@Component
class Captcha {

	static final String SESSION_KEY = Captcha.class.getName() + ".answer";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final int WIDTH = 180;

	private static final int HEIGHT = 56;

	private final SecureRandom random = new SecureRandom();

	private final Font font;

	private final CaptchaProperties properties;

	Captcha(CaptchaProperties properties) {
		this.properties = properties;
		try (InputStream in = new ClassPathResource("fonts/DejaVuSans-Bold.ttf").getInputStream()) {
			this.font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(Font.BOLD, 30f);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean enabled() {
		return this.properties.enabled();
	}

	/** Draws a new challenge and remembers its answer in the session. */
	BufferedImage newChallenge(HttpSession session) {
		StringBuilder answer = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			answer.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		session.setAttribute(SESSION_KEY, new Answer(answer.toString(), Instant.now()));
		return draw(answer.toString());
	}

	/** True when the typed text matches the last image shown; the answer is spent either way. */
	boolean check(HttpSession session, String typed) {
		if (!enabled()) {
			return true;
		}
		Object stored = session.getAttribute(SESSION_KEY);
		session.removeAttribute(SESSION_KEY);
		if (!(stored instanceof Answer answer) || typed == null) {
			return false;
		}
		boolean fresh = Instant.now().isBefore(answer.issuedAt().plus(VALIDITY));
		return fresh && answer.text().equals(typed.trim().toUpperCase(Locale.ROOT));
	}

	private BufferedImage draw(String text) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(245, 247, 250));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			for (int i = 0; i < 60; i++) {
				g.setColor(randomColor(150, 220));
				g.fillOval(this.random.nextInt(WIDTH), this.random.nextInt(HEIGHT), 2, 2);
			}
			g.setFont(this.font);
			for (int i = 0; i < text.length(); i++) {
				AffineTransform saved = g.getTransform();
				int x = 14 + i * 32 + this.random.nextInt(6);
				int y = 38 + this.random.nextInt(10) - 5;
				g.rotate(Math.toRadians(this.random.nextInt(40) - 20), x, y);
				g.setColor(randomColor(20, 110));
				g.drawString(String.valueOf(text.charAt(i)), x, y);
				g.setTransform(saved);
			}
			g.setStroke(new BasicStroke(1.6f));
			for (int i = 0; i < 4; i++) {
				g.setColor(randomColor(60, 160));
				g.drawLine(0, this.random.nextInt(HEIGHT), WIDTH, this.random.nextInt(HEIGHT));
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private Color randomColor(int from, int to) {
		return new Color(from + this.random.nextInt(to - from), from + this.random.nextInt(to - from),
				from + this.random.nextInt(to - from));
	}

	record Answer(String text, Instant issuedAt) implements java.io.Serializable {
	}

}
