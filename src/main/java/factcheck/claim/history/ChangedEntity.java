package factcheck.claim.history;

/** What a history entry is about: the claim itself or one of its sources or notes. */
public enum ChangedEntity {
    CLAIM, SOURCE, NOTE
}
