package factcheck.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word lists for the cues that make a sentence more or less check-worthy. Event verbs are
 * listed by stem and expanded to past, "-ing" and "-s" forms, but deliberately not to the bare
 * infinitive: "troops arrived" reports an event, "to arrive" or "will arrive" does not.
 */
final class CueWords {

    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "stated", "reported", "announced", "announces",
            "confirmed", "confirms", "claimed", "blamed", "blames", "accused", "accuses", "alleged",
            "denied", "denies", "admitted", "acknowledged", "testified", "wrote", "tweeted", "insisted",
            "revealed", "disclosed", "estimated", "argued", "explained", "warned", "added", "noted");

    /** Speech verbs that are also common nouns or fillers, so they need "that" after them. */
    static final Set<String> NEEDS_THAT = Set.of("added", "noted", "estimated", "argued", "explained");

    static final Set<String> EVIDENCE_NOUNS = Set.of(
            "poll", "polls", "survey", "surveys", "study", "studies", "data", "figures", "statistics",
            "census", "research", "records", "estimates", "report", "analysis");

    static final Set<String> EVIDENCE_VERBS = Set.of(
            "indicate", "indicates", "indicated", "show", "shows", "showed", "shown", "found", "find",
            "finds", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed", "confirm",
            "confirms", "confirmed", "estimate", "estimates", "estimated");

    static final Set<String> EVENT_NOUNS = Set.of(
            "attack", "attacks", "protest", "protests", "demonstration", "demonstrations", "riot", "riots",
            "election", "elections", "invasion", "annexation", "explosion", "earthquake", "flood", "floods",
            "ceasefire", "coup", "referendum", "arrests", "deportations", "clashes", "crackdown",
            "shooting", "bombing", "massacre", "evacuation", "strike", "strikes", "raids", "airstrike",
            "airstrikes", "outbreak", "resignation", "verdict", "summit", "conference");

    static final Set<String> EVENT_VERBS = expand(List.of(
            "kill", "die", "injure", "wound", "arrest", "detain", "deport", "attack", "arrive",
            "introduce", "reject", "censor", "launch", "invade", "annex", "pass", "approve",
            "elect", "resign", "sentence", "convict", "charge", "sue", "protest", "clash", "loot",
            "bomb", "seize", "capture", "collapse", "explode", "erupt", "start", "open", "close", "vote",
            "abstain", "refuse", "deploy", "spark", "raise", "increase", "decrease", "decline", "double",
            "triple", "destroy", "damage", "flood", "evacuate", "displace", "rescue", "treat",
            "hospitalise", "hospitalize", "impose", "lift", "suspend", "cancel", "postpone", "host",
            "visit", "agree", "ratify", "veto", "abolish", "establish", "acquire", "merge", "fine",
            "award", "discover", "record", "reach", "surpass", "exceed", "murder", "execute",
            "release", "escape", "crash", "burn", "occur", "happen", "request", "demonstrate",
            "criticise", "criticize", "condemn", "sanction", "shell", "invest", "export",
            "import", "nationalise", "nationalize", "fire", "hire", "expel", "strike"),
            List.of("banned", "banning", "dropped", "dropping", "stabbed", "kidnapped", "shut", "won",
                    "lost", "rose", "risen", "fell", "fallen", "grew", "grown", "sent", "held", "met",
                    "bought", "sold", "paid", "shot", "sank", "sunk", "withdrew", "withdrawn", "began",
                    "begun", "fled", "struck", "froze", "stole", "built", "fought", "hit", "cut",
                    "founded", "died", "dying", "freed", "vetoed", "signed", "signing", "stormed", "storming"));

    static final Set<String> EVENT_PHRASES = Set.of(
            "took to the streets", "broke out", "rounded up", "rounding up", "set fire", "opened fire",
            "took power", "took office", "came into force", "took place");

    /** Markers of statements about the future or of uncertainty. */
    static final Set<String> HEDGES = Set.of(
            "will", "won't", "might", "may", "could", "likely", "unlikely", "probably", "possibly",
            "perhaps", "potentially", "anticipated", "anticipates", "anticipate", "expects", "expect",
            "forecast", "forecasts", "projected", "appears", "seems", "would-be", "going to",
            "expected to", "set to", "poised to", "bound to");

    /** Hedge words that predict; the others ("may", "possibly") only express uncertainty. */
    static final Set<String> FUTURE_MARKERS = Set.of(
            "will", "won't", "going", "expected", "set", "poised", "bound", "forecast", "forecasts",
            "projected", "anticipated", "anticipates", "anticipate", "expects", "expect", "would-be");

    static final Set<String> PERFECT_AUXILIARIES = Set.of("had", "has", "have");

    static final Set<String> FORECAST_PARTICIPLES = Set.of("forecast", "projected", "anticipated", "predicted");

    static final Set<String> OPINIONS = Set.of(
            "must", "should", "ought", "need to", "needs to", "have to", "i think", "i believe",
            "we believe", "in my view", "in my opinion", "in our view", "arguably", "undoubtedly",
            "unfortunately", "sadly", "hopefully", "clearly", "surely", "it is time", "is needed",
            "are needed");

    static final Set<String> CAUSES = Set.of(
            "because", "due to", "result of", "as a result", "led to", "leads to", "lead to", "caused",
            "causes", "cause of", "owing to", "resulted in", "results in", "triggered", "thanks to",
            "in response to", "because of", "blamed on", "attributed to");

    static final Set<String> COMPARISONS = Set.of(
            "more than", "less than", "fewer than", "compared with", "compared to", "higher than",
            "lower than", "larger than", "smaller than", "greater than", "bigger than", "twice as",
            "times as", "times more", "the highest", "the lowest", "the largest", "the biggest",
            "the smallest", "record high", "record low", "outnumber", "outnumbered", "on record", "all-time",
            "the deadliest", "the hottest", "the coldest", "the worst", "the fastest", "the poorest",
            "the richest");

    private CueWords() {
    }

    /** Past, "-ing" and third-person forms of regular verbs, plus irregular forms as given. */
    private static Set<String> expand(List<String> stems, List<String> irregular) {
        Set<String> forms = new HashSet<>(irregular);
        for (String stem : stems) {
            forms.add(stem + "s");
            if (stem.endsWith("e")) {
                forms.add(stem + "d");
                forms.add(stem.endsWith("ee") ? stem + "ing" : stem.substring(0, stem.length() - 1) + "ing");
            } else if (stem.endsWith("y") && !"aeiou".contains(stem.substring(stem.length() - 2, stem.length() - 1))) {
                String root = stem.substring(0, stem.length() - 1);
                forms.add(root + "ied");
                forms.add(stem + "ing");
                forms.add(root + "ies");
            } else {
                forms.add(stem + "ed");
                forms.add(stem + "ing");
                forms.add(stem + "es");
            }
        }
        return Set.copyOf(forms);
    }
}
