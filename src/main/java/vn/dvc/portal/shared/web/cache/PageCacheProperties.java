package vn.dvc.portal.shared.web.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of rendered public pages.
 *
 * @param enabled whether anonymous public pages are served from memory
 * @param maxSize the memory the cached pages may take, compressed copies included
 * @param figuresTimeToLive how old the home page's figures may be when shown
 * @param pagesTimeToLive how long any other page is kept; a change of the catalogue drops it at once
 */
@ConfigurationProperties("dvc.page-cache")
public record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("30s") Duration figuresTimeToLive, @DefaultValue("1h") Duration pagesTimeToLive) {
}
