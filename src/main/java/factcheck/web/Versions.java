package factcheck.web;

import factcheck.input.InvalidFieldException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a resource's version is its ETag, and a change must say which version it is
 * based on, in {@code If-Match} or in a {@code version} field, so no edit silently overwrites another.
 */
public final class Versions {

    /**
     * What a weak ETag in If-Match stands for. If-Match compares strongly (RFC 9110, 13.1.1): a weak tag matches
     * no version, so the change is answered as a stale one is. Versions count from 0.
     */
    private static final long NO_VERSION = -1;

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a change is based on, or null for {@code If-Match: *} (the caller deliberately overwrites). A
     * weak ETag gives a version that no resource has.
     *
     * @throws PreconditionRequiredException when neither the header nor the body names a version
     */
    public static Long basedOn(String ifMatch, Long bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (bodyVersion == null) {
                throw new PreconditionRequiredException();
            }
            return bodyVersion;
        }
        String tag = ifMatch.strip();
        if (tag.equals("*")) {
            return null;
        }
        if (tag.startsWith("W/")) {
            parse(tag.substring(2));
            return NO_VERSION;
        }
        long version = parse(tag);
        if (bodyVersion != null && bodyVersion != version) {
            throw new InvalidFieldException("version", "If-Match says version " + version + " but the body says "
                    + bodyVersion + ".");
        }
        return version;
    }

    private static long parse(String tag) {
        String opaque = tag;
        if (opaque.length() > 2 && opaque.startsWith("\"") && opaque.endsWith("\"")) {
            opaque = opaque.substring(1, opaque.length() - 1);
        }
        try {
            return Long.parseLong(opaque);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("If-Match", "If-Match must be the ETag of the resource, such as \"3\".");
        }
    }
}
