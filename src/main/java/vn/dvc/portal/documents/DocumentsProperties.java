package vn.dvc.portal.documents;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The file store.
 *
 * @param storageDirectory where files are written; survives restarts
 * @param maxFileSize the largest file a person may upload, unless a requirement says less
 */
@ConfigurationProperties("dvc.documents")
public record DocumentsProperties(@DefaultValue("./data/files") Path storageDirectory,
		@DefaultValue("20MB") DataSize maxFileSize) {
}
