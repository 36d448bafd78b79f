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
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.dvc.portal.shared.security.PersonalKeys;

/**
 * An image captcha checked by the server, without a server session. The challenge travels in a
 * cookie: its answer encrypted (AES-GCM, with a key derived from the portal's secret) with its
 * expiry and a random id. A checked challenge's id is spent in the database, so that a solved
 * image cannot be replayed, and an answer is good for one check only, right or wrong.
 */
@Component
class Captcha {

	static final String COOKIE = "DVC-CAPTCHA";

	static final Duration VALIDITY = Duration.ofMinutes(10);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int WIDTH = 180;

	private static final int HEIGHT = 56;

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final Font font;

	private final CaptchaProperties properties;

	private final SecretKeySpec key;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** A new image and the cookie that carries its answer. */
	record Challenge(BufferedImage image, String cookie) {
	}

	Captcha(CaptchaProperties properties, PersonalKeys keys, JdbcTemplate jdbc, Clock clock) {
		this.properties = properties;
		this.key = new SecretKeySpec(HexFormat.of().parseHex(keys.of("captcha-answer-key", "v1")), "AES");
		this.jdbc = jdbc;
		this.clock = clock;
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

	/** Draws a new challenge; its answer goes into the cookie, encrypted. */
	Challenge newChallenge() {
		StringBuilder answer = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			answer.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		long expires = this.clock.instant().plus(VALIDITY).getEpochSecond();
		return new Challenge(draw(answer.toString()), seal(answer + ":" + expires));
	}

	/**
	 * True when the typed text matches the image of the cookie, the image is not older than
	 * {@link #VALIDITY} and was never checked before; the image is spent either way.
	 */
	boolean check(String cookie, String typed) {
		if (!enabled()) {
			return true;
		}
		Optional<Opened> opened = open(cookie);
		if (opened.isEmpty() || !spend(opened.get())) {
			return false;
		}
		String expected = opened.get().answer();
		String given = (typed == null) ? "" : typed.trim().toUpperCase(Locale.ROOT);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				given.getBytes(StandardCharsets.UTF_8));
	}

	/** The answer a cookie carries, if it is one of this portal's and still fresh. */
	Optional<String> answerIn(String cookie) {
		return open(cookie).map(Opened::answer);
	}

	/** Removes the spent challenges whose images have expired anyway. */
	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT2M")
	@SchedulerLock(name = "captcha-spent-cleanup", lockAtMostFor = "PT5M")
	void forgetExpired() {
		this.jdbc.update("delete from captcha_spent where expires_at < ?", Timestamp.from(this.clock.instant()));
	}

	private record Opened(String id, String answer, Instant expires) {
	}

	private String seal(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.US_ASCII));
			Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
			return base64.encodeToString(nonce) + "." + base64.encodeToString(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Optional<Opened> open(String cookie) {
		if (cookie == null || cookie.length() > 200) {
			return Optional.empty();
		}
		int dot = cookie.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		try {
			Base64.Decoder base64 = Base64.getUrlDecoder();
			byte[] nonce = base64.decode(cookie.substring(0, dot));
			if (nonce.length != NONCE_BYTES) {
				return Optional.empty();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			String plain = new String(cipher.doFinal(base64.decode(cookie.substring(dot + 1))), StandardCharsets.US_ASCII);
			int colon = plain.indexOf(':');
			Instant expires = Instant.ofEpochSecond(Long.parseLong(plain.substring(colon + 1)));
			if (!this.clock.instant().isBefore(expires)) {
				return Optional.empty();
			}
			return Optional.of(new Opened(cookie.substring(0, dot), plain.substring(0, colon), expires));
		}
		catch (IllegalArgumentException | GeneralSecurityException | IndexOutOfBoundsException ex) {
			// Not a cookie this portal wrote, or altered: no answer is right.
			return Optional.empty();
		}
	}

	/** Marks the challenge checked; false when it was checked before (a replay). */
	private boolean spend(Opened challenge) {
		return this.jdbc.update("insert into captcha_spent (id, expires_at) values (?, ?) on conflict do nothing",
				challenge.id(), Timestamp.from(challenge.expires())) == 1;
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

}
