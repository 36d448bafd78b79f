package vn.dvc.portal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Multipart forms are read into one fixed folder that the file store owns,
 * instead of a new temporary folder at each start: what a killed process left there is removed at
 * the next start (the parts last written before this process started) and by the reconciler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MultipartProperties.class)
class UploadFolderConfiguration {

	private static final Logger log = LoggerFactory.getLogger(UploadFolderConfiguration.class);

	/**
	 * Multipart forms are read by {@link MultipartForms} before Spring Security, not by the web
	 * server ({@code spring.servlet.multipart.enabled=false}), with the limits of
	 * {@code spring.servlet.multipart.*} and {@code server.tomcat.max-part-count}.
	 */
	@Bean
	FilterRegistrationBean<MultipartForms> multipartForms(MultipartProperties multipart, DocumentsProperties documents,
			@Value("${server.tomcat.max-part-count:50}") int maxParts,
			@Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFields) {
		Path folder = documents.uploadTemp();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload folder " + folder + " cannot be created", ex);
		}
		sweepEarlierRuns(folder);
		MultipartForms.Limits limits = new MultipartForms.Limits(limit(multipart.getMaxRequestSize()), maxParts,
				limit(maxFields), Math.max(0, multipart.getFileSizeThreshold().toBytes()));
		FilterRegistrationBean<MultipartForms> registration = new FilterRegistrationBean<>(
				new MultipartForms(folder, limits));
		// After the character encoding filter, before the control-character check, the session and
		// Spring Security: all of them read the form's fields.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	private static long limit(DataSize size) {
		return (size == null || size.toBytes() < 0) ? Long.MAX_VALUE : size.toBytes();
	}

	/** Removes the parts written before this process started: no request of it can own them. */
	private static void sweepEarlierRuns(Path folder) {
		// The JVM's own start time, to the millisecond: the process's start time from the system is
		// only to the second, and a portal restarted at once after a kill would keep the last parts.
		Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
		int removed = 0;
		long bytes = 0;
		try (var listing = Files.list(folder)) {
			for (Path path : (Iterable<Path>) listing::iterator) {
				if (Files.isRegularFile(path) && Files.getLastModifiedTime(path).toInstant().isBefore(started)) {
					long size = Files.size(path);
					if (Files.deleteIfExists(path)) {
						removed++;
						bytes += size;
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("Could not sweep the upload folder {}", folder, ex);
		}
		if (removed > 0) {
			log.info("Upload folder {}: removed {} parts ({} KB) left by an earlier run", folder, removed, bytes / 1024);
		}
	}

}
