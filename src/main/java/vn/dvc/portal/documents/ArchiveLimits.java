package vn.dvc.portal.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How far a Word or spreadsheet file (a zip archive inside) may unfold before it is taken for a
 * zip bomb. Real documents stay far below these: a form is a few dozen entries and unpacks to a few
 * times its size.
 *
 * @param maxEntries the most entries an archive may hold
 * @param maxUncompressedSize the most its entries may unpack to, all together
 * @param maxRatio the most its entries may unpack to, as a multiple of the file's size (checked
 * once they unpack to more than a megabyte, since tiny files compress well)
 */
@ConfigurationProperties("dvc.documents.archive")
public record ArchiveLimits(@DefaultValue("10000") int maxEntries, @DefaultValue("200MB") DataSize maxUncompressedSize,
		@DefaultValue("100") int maxRatio) {
}
