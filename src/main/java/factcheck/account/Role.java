package factcheck.account;

import factcheck.input.InvalidFieldException;

/**
 * What an account may do. Each role includes the ones before it: an editor may do all a reviewer may, an admin
 * all an editor may (the {@code login_account} view hands out the included roles, so a check for
 * {@link #REVIEWER} admits editors and admins too).
 */
public enum Role {
    /** Reads everything; reviews claims, adds sources and notes. */
    REVIEWER,
    /** Also imports, edits and deletes articles and assigns claims. */
    EDITOR,
    /** Also manages accounts. */
    ADMIN;

    /** A role chosen in a form; anything else is refused next to the field. */
    static Role fromForm(String field, String value) {
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        throw new InvalidFieldException(field, "Choose a role: REVIEWER, EDITOR or ADMIN.");
    }

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String REVIEWER = "REVIEWER";
        public static final String EDITOR = "EDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
