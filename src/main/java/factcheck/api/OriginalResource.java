package factcheck.api;

import factcheck.account.CurrentUser;
import factcheck.account.Role;
import factcheck.article.ArticleService;
import factcheck.claim.Claim;
import factcheck.claim.ClaimService;
import factcheck.comparison.SentencePair;
import factcheck.desk.ArticleDesk;
import factcheck.original.ArticleOriginal;
import factcheck.original.Originals;
import factcheck.problem.ResourceNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

import static factcheck.web.RequestBodies.required;

/** An article's original (the text it was copied or reworded from) and how the article compares with it. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Originals")
@RolesAllowed(Role.Names.REVIEWER)
class OriginalResource {

    private final ArticleDesk desk;
    private final ArticleService articles;
    private final Originals originals;
    private final ClaimService claims;
    private final CurrentUser user;

    OriginalResource(ArticleDesk desk, ArticleService articles, Originals originals, ClaimService claims,
                     CurrentUser user) {
        this.desk = desk;
        this.articles = articles;
        this.originals = originals;
        this.claims = claims;
        this.user = user;
    }

    @PUT
    @Path("/{id}/original")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(summary = "Attach the article's original: {text} or {articleId} of a stored article; the article is"
            + " compared with it and claims with altered facts get a red flag")
    public OriginalResponse attach(@RestPath long id, OriginalRequest request) {
        OriginalRequest body = required(request);
        return OriginalResponse.from(desk.attachOriginal(id, body.text(), body.articleId(), user.getName()));
    }

    @GET
    @Path("/{id}/original")
    @Operation(summary = "The article's original and a count of its sentences by how they compare; 404 without one")
    public OriginalResponse original(@RestPath long id) {
        return OriginalResponse.from(originalOf(id));
    }

    @DELETE
    @Path("/{id}/original")
    @RolesAllowed(Role.Names.EDITOR)
    @Operation(summary = "Take the article's original away, and with it the red flags for altered facts")
    public void detach(@RestPath long id) {
        articles.get(id);
        if (!desk.detachOriginal(id)) {
            throw new NoOriginalException(id);
        }
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "Each sentence of the article beside its counterpart in the original, in text order, with"
            + " status SAME, REWORDED, ALTERED or NOT_IN_ORIGINAL and the facts that differ")
    public ComparisonResponse comparison(@RestPath long id) {
        ArticleOriginal original = originalOf(id);
        List<Claim> articleClaims = claims.claimsOf(id);
        return new ComparisonResponse(original.pairs.stream()
                .map(pair -> ComparisonResponse.Pair.from(pair, claimCovering(articleClaims, pair)))
                .toList());
    }

    private ArticleOriginal originalOf(long id) {
        articles.get(id);
        return originals.of(id).orElseThrow(() -> new NoOriginalException(id));
    }

    private static Long claimCovering(List<Claim> claims, SentencePair pair) {
        return claims.stream().filter(claim -> claim.overlaps(pair.start(), pair.end()))
                .map(claim -> claim.id).findFirst().orElse(null);
    }

    /** The article exists but has no original to show. */
    static final class NoOriginalException extends ResourceNotFoundException {

        NoOriginalException(long articleId) {
            super("Article " + articleId + " has no original; attach one with PUT /api/articles/" + articleId
                    + "/original.");
        }
    }
}
