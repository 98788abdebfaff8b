package factcheck.account;

import factcheck.config.WorkbenchConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Makes sure an empty database can be signed in to: an admin from {@code FACTCHECK_ADMIN_USER} and
 * {@code FACTCHECK_ADMIN_PASSWORD}, or with a generated password printed once in the log. With demo data on
 * (dev mode) the demo accounts reviewer, editor and admin are created instead, all with {@link #DEMO_PASSWORD}.
 */
@ApplicationScoped
public class FirstAccounts {

    static final String DEMO_PASSWORD = "fact-check-demo";
    private static final Logger LOG = Logger.getLogger(FirstAccounts.class);

    private final AccountService accounts;
    private final WorkbenchConfig.Admin admin;
    private final boolean demo;

    FirstAccounts(AccountService accounts, WorkbenchConfig config) {
        this.accounts = accounts;
        this.admin = config.admin();
        this.demo = config.demoData();
    }

    void onStart(@Observes StartupEvent event) {
        createIfEmpty();
    }

    /** Creates the first accounts when there are none; returns whether it did. */
    @Transactional
    public boolean createIfEmpty() {
        if (!accounts.none()) {
            return false;
        }
        if (demo) {
            for (Role role : new Role[] {Role.REVIEWER, Role.EDITOR}) {
                String username = role.name().toLowerCase(Locale.ROOT);
                accounts.create(new NewAccount(username, DEMO_PASSWORD, role, "Demo " + username));
            }
        }
        createAdmin();
        return true;
    }

    private void createAdmin() {
        String username = admin.user();
        if (admin.password().isPresent()) {
            accounts.create(new NewAccount(username, admin.password().get(), Role.ADMIN, null));
            LOG.infof("Created the first admin account '%s' with the password from the configuration", username);
        } else if (demo) {
            accounts.create(new NewAccount(username, DEMO_PASSWORD, Role.ADMIN, "Demo admin"));
            LOG.infof("Created the demo accounts reviewer, editor and %s, password '%s'", username, DEMO_PASSWORD);
        } else {
            String password = generatedPassword();
            accounts.create(new NewAccount(username, password, Role.ADMIN, null));
            LOG.warnf("Created the first admin account '%s' with the generated password %s (shown only now:"
                    + " sign in and change it on your account page)", username, password);
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
