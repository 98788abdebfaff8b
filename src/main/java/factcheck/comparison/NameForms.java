package factcheck.comparison;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When two names stand for the same place, people or organisation.
 *
 * <p>A rule covers the regular nationality words: "Russian" and "Russia", "Ukrainian" and "Ukraine",
 * "Asian" and "Asia", "Chinese" and "China", "Western" and "West", "Kazakh" and "Kazakhstan": the
 * shorter name, less a final "a", "e", "y", "o" or "ia", begins the longer, and what the longer adds is a
 * nationality ending ("n", "an", "ian", "ese", "ish", "ern", "i", "stan", plurals). The alias list below
 * covers what the rule cannot: irregular nationality words ("Dutch", "French", "Swiss"), short and
 * official forms of one country ("US", "the United States", "America"; "UK", "Britain"; "the Kyrgyz
 * Republic", "Kyrgyzstan"; "the Russian Federation", "Russia") and of a few organisations ("UN", "EU").
 * It is kept short on purpose: every entry makes two names equal, so an entry that is wrong hides a
 * changed fact. Names of one country's parts or institutions are never equal to it ("Moscow",
 * "the Kremlin" and "Russia" differ), nor are names of a country and its predecessor ("Soviet" and
 * "Russian").
 */
final class NameForms {

    private static final List<List<String>> ALIASES = List.of(
            List.of("us", "united states", "united states of america", "usa", "america", "american", "americans"),
            List.of("uk", "united kingdom", "britain", "great britain", "british", "briton", "britons"),
            List.of("latin america", "latin american", "latin americans"),
            List.of("south america", "south american", "south americans"),
            List.of("north america", "north american", "north americans"),
            List.of("central america", "central american", "central americans"),
            List.of("kyrgyzstan", "kyrgyz republic"),
            List.of("russia", "russian federation"),
            List.of("soviet", "soviet union", "ussr"),
            List.of("un", "united nations"),
            List.of("eu", "european union"),
            List.of("uae", "united arab emirates", "emirati", "emiratis"),
            List.of("netherlands", "holland", "dutch"),
            List.of("france", "french"),
            List.of("germany", "german", "germans"),
            List.of("switzerland", "swiss"),
            List.of("sweden", "swedish", "swede", "swedes"),
            List.of("norway", "norwegian", "norwegians"),
            List.of("denmark", "danish", "dane", "danes"),
            List.of("finland", "finnish", "finn", "finns"),
            List.of("poland", "polish", "pole", "poles"),
            List.of("turkey", "turkiye", "turkish", "turk", "turks"),
            List.of("greece", "greek", "greeks"),
            List.of("spain", "spanish", "spaniard", "spaniards"),
            List.of("portugal", "portuguese"),
            List.of("ireland", "irish"),
            List.of("wales", "welsh"),
            List.of("scotland", "scottish", "scots", "scot"),
            List.of("england", "english"),
            List.of("philippines", "philippine", "filipino", "filipinos"),
            List.of("thailand", "thai", "thais"),
            List.of("czechia", "czech republic", "czech", "czechs"),
            List.of("myanmar", "burma", "burmese"),
            List.of("peru", "peruvian", "peruvians"),
            List.of("belgium", "belgian", "belgians"),
            List.of("turkmenistan", "turkmen"));

    /** The longest alias, in words. */
    static final int LONGEST_ALIAS = 4;

    private static final Map<String, String> CANONICAL = canonical();

    /** Ends of a place name that its nationality word drops: "Russi(a)", "Ukrain(e)", "Ital(y)". */
    private static final List<String> PLACE_ENDINGS = List.of("ia", "a", "e", "y", "o", "");
    /** What a nationality word or plural adds to the place: "Russia-n", "Ukrain-ian", "Kazakh-stan". */
    private static final Set<String> NATIONALITY_ENDINGS = Set.of("n", "an", "ian", "ians", "ans", "ns", "ean",
            "eans", "ese", "ish", "ern", "i", "is", "s", "y", "stan", "istan", "stani", "istani");
    private static final int SHORTEST_STEM = 4;

    private NameForms() {
    }

    private static Map<String, String> canonical() {
        Map<String, String> map = new HashMap<>();
        for (List<String> forms : ALIASES) {
            forms.forEach(form -> map.put(form, forms.get(0)));
        }
        return map;
    }

    /**
     * A name in the form it is compared in: lower case, without accents, dots or apostrophes, in American
     * spelling ("Visualisation" in a programme's name is "Visualization").
     */
    static String plain(String written) {
        String decomposed = Normalizer.normalize(written, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && c != '.' && c != '\'' && c != '’') {
                plain.append(Character.toLowerCase(c));
            }
        }
        return WordKeys.spelling(plain.toString().toLowerCase(Locale.ROOT));
    }

    /** The alias list's first form for a name or phrase in {@link #plain} form, or null. */
    static String alias(String plainPhrase) {
        return CANONICAL.get(plainPhrase);
    }

    /**
     * True when the two names, each one word or alias in {@link #plain} form, stand for the same; a plural
     * "s" is tried away ("Kazakhs", "Kazakhstan").
     */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return stemOf(a, b) || stemOf(withoutPlural(a), b) || stemOf(a, withoutPlural(b));
    }

    private static String withoutPlural(String name) {
        return name.length() > SHORTEST_STEM && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** The shorter name, less its place ending, begins the longer, which adds a nationality ending. */
    private static boolean stemOf(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        for (String ending : PLACE_ENDINGS) {
            if (!shorter.endsWith(ending)) {
                continue;
            }
            String stem = shorter.substring(0, shorter.length() - ending.length());
            if (stem.length() >= SHORTEST_STEM && longer.startsWith(stem)
                    && NATIONALITY_ENDINGS.contains(longer.substring(stem.length()))) {
                return true;
            }
        }
        return false;
    }
}
