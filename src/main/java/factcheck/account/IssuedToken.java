package factcheck.account;

/** A token just created: the only moment its secret exists outside its owner's hands. */
public record IssuedToken(ApiToken token, String secret) {
}
