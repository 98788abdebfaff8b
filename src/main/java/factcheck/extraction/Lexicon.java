package factcheck.extraction;

/**
 * Words seen capitalised mid-sentence anywhere in one text, as evidence that a word is a name
 * wherever it appears. A set of spans of that text compared by their characters, so that
 * adding the thousands of capitalised words of a long article builds no strings.
 */
final class Lexicon {

    private final String text;
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int[] hashes = new int[1024];
    private int size;

    Lexicon(String text) {
        this.text = text;
    }

    /** Adds the word {@code text[start, end)} unless an equal word is already there. */
    void add(int start, int end) {
        int hash = hash(start, end);
        int slot = find(hash, start, end);
        if (ends[slot] != 0) {
            return;
        }
        starts[slot] = start;
        ends[slot] = end;
        hashes[slot] = hash;
        if (++size * 2 > starts.length) {
            grow();
        }
    }

    /** True when a word with the characters of {@code text[start, end)} was added. */
    boolean contains(int start, int end) {
        return ends[find(hash(start, end), start, end)] != 0;
    }

    /** The slot holding the word, or the empty slot where it belongs; a word never ends at 0. */
    private int find(int hash, int start, int end) {
        int mask = starts.length - 1;
        int length = end - start;
        int slot = hash & mask;
        while (ends[slot] != 0) {
            if (hashes[slot] == hash && ends[slot] - starts[slot] == length
                    && sameCharacters(starts[slot], start, length)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * {@code text.regionMatches(a, text, b, length)}, which compares a UTF-16 text byte by byte;
     * a loop over characters does half the steps.
     */
    private boolean sameCharacters(int a, int b, int length) {
        for (int k = 0; k < length; k++) {
            if (text.charAt(a + k) != text.charAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length and the first, second, middle and last characters, mixed: a fixed cost per
     * word, where a hash over every character put a multiplication per character on the path of
     * every capitalised word. Words it does not tell apart are told apart by {@link #find}.
     */
    private int hash(int start, int end) {
        int length = end - start;
        int sample = length * 0x1F1F1F1F ^ text.charAt(start) << 24 ^ text.charAt(start + (length > 1 ? 1 : 0)) << 16
                ^ text.charAt(start + length / 2) << 8 ^ text.charAt(end - 1);
        int hash = sample * 0x9E3779B9;
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        int[] oldStarts = starts;
        int[] oldEnds = ends;
        int[] oldHashes = hashes;
        starts = new int[oldStarts.length * 2];
        ends = new int[oldStarts.length * 2];
        hashes = new int[oldStarts.length * 2];
        int mask = starts.length - 1;
        for (int k = 0; k < oldStarts.length; k++) {
            if (oldEnds[k] != 0) {
                int slot = oldHashes[k] & mask;
                while (ends[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                starts[slot] = oldStarts[k];
                ends[slot] = oldEnds[k];
                hashes[slot] = oldHashes[k];
            }
        }
    }
}
