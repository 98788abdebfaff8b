package factcheck.input;

import com.ibm.icu.text.IDNA;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links stored with articles and sources must be web addresses a reader of a report can open.
 * <p>
 * Internationalised domain names are accepted and stored in their ASCII (punycode) form, converted as browsers
 * do (UTS #46, non-transitional): {@code https://bücher.example/} is stored as
 * {@code https://xn--bcher-kva.example/}. So every host has one spelling, which every program that reads a
 * report can open; the rest of the address is kept as given.
 */
public final class HttpUrls {

    private static final int MAX_LENGTH = 2048;
    private static final Pattern SCHEME_AUTHORITY_REST = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)",
            Pattern.DOTALL);
    private static final IDNA DOMAIN_NAMES = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI
            | IDNA.CHECK_CONTEXTJ | IDNA.USE_STD3_RULES);

    private HttpUrls() {
    }

    /** The stripped address with an ASCII host, or null when absent or blank. */
    public static String optional(String field, String url) {
        String trimmed = Texts.optional(field, url, MAX_LENGTH);
        return trimmed == null ? null : checked(field, trimmed);
    }

    /** The stripped address with an ASCII host. */
    public static String required(String field, String url, String missingMessage) {
        return checked(field, Texts.required(field, url, MAX_LENGTH, missingMessage));
    }

    private static String checked(String field, String url) {
        try {
            String address = withAsciiHost(url);
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && address.length() <= MAX_LENGTH) {
                return address;
            }
        } catch (URISyntaxException e) {
            // reported below, like any other address that is not http(s)
        }
        throw new InvalidFieldException(field, "'" + url + "' is not an http(s) address.");
    }

    /** The address with a host outside ASCII in its punycode form; other addresses as they are. */
    private static String withAsciiHost(String url) throws URISyntaxException {
        Matcher parts = SCHEME_AUTHORITY_REST.matcher(url);
        if (!parts.matches()) {
            return url;
        }
        String authority = parts.group(2);
        String userInfo = authority.substring(0, authority.lastIndexOf('@') + 1);
        String hostAndPort = authority.substring(userInfo.length());
        int portStart = hostAndPort.lastIndexOf(':');
        String host = portStart < 0 ? hostAndPort : hostAndPort.substring(0, portStart);
        if (host.chars().allMatch(c -> c < 0x80)) {
            return url;
        }
        IDNA.Info problems = new IDNA.Info();
        String asciiHost = DOMAIN_NAMES.nameToASCII(host, new StringBuilder(), problems).toString();
        if (problems.hasErrors()) {
            throw new URISyntaxException(url, "not a domain name: " + problems.getErrors());
        }
        return parts.group(1) + userInfo + asciiHost + hostAndPort.substring(host.length()) + parts.group(3);
    }
}
