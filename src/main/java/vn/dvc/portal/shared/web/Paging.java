package vn.dvc.portal.shared.web;

/** Bounds of the page numbers lists accept, so that no offset can overflow. */
public final class Paging {

	/** Far past any real list (ten thousand pages), far below an overflowing offset. */
	public static final int MAX_PAGE = 10_000;

	private Paging() {
	}

}
