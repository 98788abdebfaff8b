package factcheck.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Fields to change; absent fields stay as they are")
public record UpdateUserRequest(Role role, String displayName, Boolean enabled,
                                @Schema(description = "A new password, at least 12 characters") String password) {

    AccountChange toChange() {
        return new AccountChange(role, displayName, enabled, password);
    }
}
