package vn.dvc.portal.account;

/** An account became usable. */
public record AccountActivated(AccountId accountId) {
}
