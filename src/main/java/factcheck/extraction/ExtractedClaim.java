package factcheck.extraction;

import java.util.List;

public record ExtractedClaim(int start, int end, String text, double score, List<String> reasons,
                             ClaimKind kind, List<Quantity> quantities) {}
