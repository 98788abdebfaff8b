package factcheck.account;

/** An account to create, as entered: checked by {@link AccountService#create}. */
public record NewAccount(String username, String password, Role role, String displayName) {
}
