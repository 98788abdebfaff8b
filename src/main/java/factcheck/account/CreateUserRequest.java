package factcheck.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CreateUserRequest(@Schema(required = true) String username,
                                @Schema(required = true, description = "At least 12 characters") String password,
                                @Schema(required = true) Role role,
                                String displayName) {

    NewAccount toNewAccount() {
        return new NewAccount(username, password, role, displayName);
    }
}
