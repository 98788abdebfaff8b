package factcheck.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.GeneralSecurityException;

/** bcrypt hashing in the Modular Crypt Format that Quarkus Security JPA checks logins against. */
final class Passwords {

    /** A hash of nothing anyone knows: checked for unknown usernames so they take as long as known ones. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash("decoy password never issued");

    private Passwords() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            BCryptPassword stored = (BCryptPassword) factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Spends the time of one password check and fails, as a check against a real account would. */
    static boolean checkAgainstDecoy(String password) {
        matches(password, DECOY_HASH);
        return false;
    }
}
