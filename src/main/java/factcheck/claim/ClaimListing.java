package factcheck.claim;

import java.util.List;

/** One page of a claim search, each claim with its article loaded. */
public record ClaimListing(List<Claim> items, int page, int size, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
