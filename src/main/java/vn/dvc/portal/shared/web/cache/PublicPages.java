package vn.dvc.portal.shared.web.cache;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;

import vn.dvc.portal.shared.content.PublicContentChanged;

/**
 * The rendered public pages of this node, bounded by memory. Any change of public content drops
 * them all: a page that was being rendered while the change committed is not kept either, since
 * it may show the content from before.
 */
public class PublicPages {

	private final Cache<String, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	PublicPages(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> key.length() * 2 + page.weight())
			.build();
	}

	CachedPage get(String key, long nowNanos) {
		CachedPage page = this.pages.getIfPresent(key);
		return (page != null && page.isFresh(nowNanos)) ? page : null;
	}

	/** What a render must quote when it stores its page, to show that nothing changed meanwhile. */
	long generation() {
		return this.generation.get();
	}

	void put(String key, CachedPage page, long renderedAtGeneration) {
		if (this.generation.get() == renderedAtGeneration) {
			this.pages.put(key, page);
			if (this.generation.get() != renderedAtGeneration) {
				// A change committed while storing: the page may be from before it.
				this.pages.invalidate(key);
			}
		}
	}

	/** How many pages are kept now (for tests and metrics). */
	public long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	@EventListener
	void on(PublicContentChanged change) {
		invalidateAll();
	}

	public void invalidateAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

}
