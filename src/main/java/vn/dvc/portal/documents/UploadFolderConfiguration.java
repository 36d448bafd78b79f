package vn.dvc.portal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.servlet.MultipartConfigElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web server writes the parts of an upload to one fixed folder that the file store owns,
 * instead of a new temporary folder at each start: what a killed process left there is removed at
 * the next start (the parts last written before this process started) and by the reconciler.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadFolderConfiguration {

	private static final Logger log = LoggerFactory.getLogger(UploadFolderConfiguration.class);

	@Bean
	MultipartConfigElement multipartConfigElement(ObjectProvider<MultipartProperties> multipart,
			DocumentsProperties documents) {
		Path folder = documents.uploadTemp();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload folder " + folder + " cannot be created", ex);
		}
		sweepEarlierRuns(folder);
		MultipartConfigElement limits = multipart.getIfAvailable(MultipartProperties::new).createMultipartConfig();
		return new MultipartConfigElement(folder.toString(), limits.getMaxFileSize(), limits.getMaxRequestSize(),
				limits.getFileSizeThreshold());
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
