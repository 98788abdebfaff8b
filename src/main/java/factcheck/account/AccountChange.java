package factcheck.account;

/** What an admin changes about an account; null fields stay as they are. */
public record AccountChange(Role role, String displayName, Boolean enabled, String password) {
}
