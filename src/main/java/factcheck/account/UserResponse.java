package factcheck.account;

import java.time.Instant;

/** An account as the API shows it: never its password hash. */
public record UserResponse(String username, String displayName, Role role, boolean enabled, Instant createdAt) {

    public static UserResponse from(Account account) {
        return new UserResponse(account.username, account.displayName, account.role, account.enabled,
                account.createdAt);
    }
}
