package vn.dvc.portal.documents;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The file store.
 *
 * @param storageDirectory where files are written; survives restarts
 * @param maxFileSize the largest file a person may upload, unless a requirement says less
 * @param uploadTempDirectory where the web server keeps the parts of a request being uploaded;
 * {@code tmp/uploads} in the store when not set. Emptied of what an earlier run left at start.
 * @param orphanAge how old a file with no row, a temporary part or an upload left behind must be
 * before the reconciler removes it; longer than any upload takes
 * @param reconcileInterval how often the reconciler looks for what crashes left behind
 */
@ConfigurationProperties("dvc.documents")
public record DocumentsProperties(@DefaultValue("./data/files") Path storageDirectory,
		@DefaultValue("20MB") DataSize maxFileSize, Path uploadTempDirectory, @DefaultValue("1h") Duration orphanAge,
		@DefaultValue("1h") Duration reconcileInterval) {

	/** The folder of the web server's upload parts, absolute. */
	public Path uploadTemp() {
		Path folder = (this.uploadTempDirectory != null) ? this.uploadTempDirectory
				: this.storageDirectory.resolve("tmp").resolve("uploads");
		return folder.toAbsolutePath().normalize();
	}

}
