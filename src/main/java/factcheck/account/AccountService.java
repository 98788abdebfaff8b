package factcheck.account;

import factcheck.input.InvalidFieldException;
import factcheck.input.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Creating and changing accounts. Every rule of a valid account is checked here, for the API and pages alike. */
@ApplicationScoped
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    static final int DISPLAY_NAME_MAX = 100;

    private final BrowserSessions sessions;
    private final ApiTokens tokens;

    AccountService(BrowserSessions sessions, ApiTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Transactional
    public Account create(NewAccount request) {
        String username = normaliseUsername(request.username());
        if (request.role() == null) {
            throw new InvalidFieldException("role", "Choose a role: REVIEWER, EDITOR or ADMIN.");
        }
        PasswordRules.check(request.password(), username, "password");
        String displayName = displayName(request.displayName());
        if (Account.findByUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        Account account = new Account();
        account.username = username;
        account.displayName = displayName;
        account.role = request.role();
        account.passwordHash = Passwords.hash(request.password());
        account.persist();
        return account;
    }

    public List<Account> list() {
        return Account.list("order by username");
    }

    /** Who claims can be assigned to: every enabled account. */
    public List<Account> assignable() {
        return Account.list("enabled = true order by username");
    }

    public Account get(String username) {
        return Account.findByUsername(username).orElseThrow(() -> new AccountNotFoundException(username));
    }

    /**
     * An admin's change. Admins are locked while it runs, so two admins cannot demote each other at once. A new
     * password or disabling the account ends all of its browser sessions; disabling also revokes its API tokens,
     * so enabling it again brings back neither.
     */
    @Transactional
    public Account change(String username, AccountChange change) {
        Account account = get(username);
        if (change.password() != null) {
            PasswordRules.check(change.password(), account.username, "password");
        }
        String displayName = change.displayName() == null ? account.displayName : displayName(change.displayName());
        boolean losesAdmin = account.role == Role.ADMIN && account.enabled
                && ((change.role() != null && change.role() != Role.ADMIN) || Boolean.FALSE.equals(change.enabled()));
        if (losesAdmin && enabledAdminsLocked() <= 1) {
            throw new LastAdminException();
        }
        if (change.role() != null) {
            account.role = change.role();
        }
        if (change.enabled() != null) {
            account.enabled = change.enabled();
        }
        if (change.password() != null) {
            account.passwordHash = Passwords.hash(change.password());
        }
        if (Boolean.FALSE.equals(change.enabled())) {
            tokens.revokeAll(account);
        }
        if (change.password() != null || Boolean.FALSE.equals(change.enabled())) {
            sessions.endAll(account.id);
        }
        account.displayName = displayName;
        return account;
    }

    /**
     * The signed-in user's own password change: needs the current password, as a stolen session would not. Ends all
     * of the account's browser sessions, the one it was made from included.
     */
    @Transactional
    public Account changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account = get(username);
        if (currentPassword == null || !Passwords.matches(currentPassword, account.passwordHash)) {
            throw new InvalidFieldException("currentPassword", "This is not your current password.");
        }
        PasswordRules.check(newPassword, account.username, "newPassword");
        account.passwordHash = Passwords.hash(newPassword);
        sessions.endAll(account.id);
        return account;
    }

    public boolean none() {
        return Account.count() == 0;
    }

    private static long enabledAdminsLocked() {
        return Account.<Account>find("role = ?1 and enabled = true", Role.ADMIN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().size();
    }

    static String normaliseUsername(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("username", "Enter a username.");
        }
        if (!USERNAME.matcher(trimmed).matches()) {
            throw new InvalidFieldException("username", "Use 2 to 40 letters a-z, digits, dots, dashes or"
                    + " underscores, starting with a letter or digit.");
        }
        return trimmed;
    }

    private static String displayName(String displayName) {
        return Texts.optional("displayName", displayName, DISPLAY_NAME_MAX);
    }
}
