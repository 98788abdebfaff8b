package factcheck.comparison;

import factcheck.extraction.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the sentences of two texts for comparison. Both texts are read together: a word capitalised in
 * the middle of a sentence of either makes it a name at the start of a sentence of both.
 */
final class WordingReader {

    private static final String CLOSERS = "\"”’')]»";
    private static final String TERMINALS = ".!?…";
    private static final String OUTLET_DASHES = "–—-|";
    private static final int LONGEST_OUTLET_NAME = 4;

    private final WordTokenizer tokenizer = new WordTokenizer();
    private final DateReader dates = new DateReader();
    private final ScopeReader scopes = new ScopeReader();
    private final NumberReader numbers = new NumberReader();

    /** The sentences of each text, read; {@code texts.get(k)} goes with {@code sentences.get(k)}. */
    List<List<Wording>> read(List<String> texts, List<List<Sentence>> sentences) {
        NameLexicon lexicon = new NameLexicon();
        List<List<List<Word>>> tokenized = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            List<List<Word>> words = new ArrayList<>();
            for (Sentence sentence : sentences.get(k)) {
                List<Word> sentenceWords = tokenizer.tokenize(texts.get(k), sentence.start(), sentence.end());
                if (isHeading(texts.get(k), sentence)) {
                    sentenceWords = withoutOutletName(sentenceWords);
                } else {
                    lexicon.collect(sentenceWords);
                }
                words.add(sentenceWords);
            }
            tokenized.add(words);
        }
        NameReader names = new NameReader(lexicon);
        List<List<Wording>> read = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            List<Wording> wordings = new ArrayList<>();
            for (int s = 0; s < sentences.get(k).size(); s++) {
                Sentence sentence = sentences.get(k).get(s);
                wordings.add(wording(sentence, tokenized.get(k).get(s), isHeading(texts.get(k), sentence), names));
            }
            read.add(wordings);
        }
        return read;
    }

    private Wording wording(Sentence sentence, List<Word> words, boolean heading, NameReader names) {
        boolean[] used = new boolean[words.size()];
        List<Fact> facts = new ArrayList<>();
        dates.read(words, used, facts);
        scopes.read(words, used, facts);
        numbers.read(words, used, facts);
        List<Fact> nameFacts = new ArrayList<>();
        names.read(words, used, heading, nameFacts);
        String[] plainNames = new String[words.size()];
        for (Fact name : nameFacts) {
            for (int i = name.first(); i <= name.last(); i++) {
                plainNames[i] = NameForms.plain(words.get(i).text());
            }
        }
        facts.addAll(nameFacts);
        Set<String> content = new HashSet<>();
        for (Word w : words) {
            if (!w.isPunctuation() && !WordKeys.isStopWord(w.lower())) {
                content.add(w.key());
            }
        }
        return new Wording(sentence.start(), sentence.end(), words, plainNames, List.copyOf(facts), Set.copyOf(content),
                Wording.keysOf(words));
    }

    /** A line without final punctuation: a title or subheading. */
    static boolean isHeading(String text, Sentence sentence) {
        int i = sentence.end() - 1;
        while (i > sentence.start() && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return TERMINALS.indexOf(text.charAt(i)) < 0;
    }

    /** "Wary of Ukraine – Asia Times" without " – Asia Times": outlets add their name to titles. */
    private static List<Word> withoutOutletName(List<Word> words) {
        for (int k = words.size() - 2; k > 0 && k >= words.size() - 1 - LONGEST_OUTLET_NAME; k--) {
            Word dash = words.get(k);
            boolean spaced = dash.start() > words.get(k - 1).end() && words.get(k + 1).start() > dash.end();
            if (dash.text().length() == 1 && OUTLET_DASHES.indexOf(dash.text().charAt(0)) >= 0 && spaced
                    && words.subList(k + 1, words.size()).stream().allMatch(Word::isCapitalised)) {
                return words.subList(0, k);
            }
        }
        return words;
    }
}
