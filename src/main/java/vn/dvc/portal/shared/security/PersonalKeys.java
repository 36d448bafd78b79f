package vn.dvc.portal.shared.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA-256) of personal values, for the keys of limits and the correlation of
 * audit events. Unlike a plain SHA-256, a 12-digit ID number cannot be found again by trying the
 * few million candidates without the secret, which lives outside the database.
 */
@Component
public class PersonalKeys {

	private static final Logger log = LoggerFactory.getLogger(PersonalKeys.class);

	private static final int MIN_SECRET_LENGTH = 32;

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	PersonalKeys(KeySecretProperties properties) {
		this.key = new SecretKeySpec(secret(properties).getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * The key of a value for one purpose (the same ID number gives different keys for different
	 * purposes): 32 hexadecimal characters, 128 bits.
	 */
	public String of(String purpose, String value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			byte[] digest = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String secret(KeySecretProperties properties) {
		String configured = properties.keySecret();
		if (configured != null && !configured.isBlank()) {
			if (configured.length() < MIN_SECRET_LENGTH) {
				throw new IllegalStateException(
						"dvc.security.key-secret must be at least " + MIN_SECRET_LENGTH + " characters long");
			}
			return configured;
		}
		if (!properties.generateKey()) {
			throw new IllegalStateException("Set dvc.security.key-secret (DVC_SECURITY_KEY_SECRET): at least "
					+ MIN_SECRET_LENGTH + " random characters, the same on every copy of the portal");
		}
		return readOrGenerate(properties.keyFile().toAbsolutePath());
	}

	/** Reads the generated secret, or generates it on the first start (readable by the owner only). */
	private static String readOrGenerate(Path file) {
		try {
			if (!Files.exists(file)) {
				byte[] random = new byte[32];
				new SecureRandom().nextBytes(random);
				String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
				Files.createDirectories(file.getParent());
				// Written aside and moved into place, so that a copy starting at the same moment never
				// reads half a secret.
				Path partial = file.resolveSibling(file.getFileName() + "." + System.nanoTime() + ".part");
				if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
					Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				}
				else {
					Files.createFile(partial);
				}
				Files.writeString(partial, generated, StandardCharsets.UTF_8);
				try {
					Files.move(partial, file);
					log.info("Generated the key secret in {}", file);
				}
				catch (FileAlreadyExistsException ex) {
					// Another copy wrote it first; use theirs.
					Files.deleteIfExists(partial);
				}
			}
			String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
			if (stored.length() < MIN_SECRET_LENGTH) {
				throw new IllegalStateException("The key secret in " + file + " is too short; delete the file to generate a new one");
			}
			return stored;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The key secret file " + file + " cannot be read or written", ex);
		}
	}

}
