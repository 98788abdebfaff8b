package factcheck.api;

import factcheck.claim.AnchoringSummary;

/** The article after a text edit, with what the edit did to its claims. */
record TextChangeResponse(ArticleResponse article, AnchoringSummary anchoring) {
}
