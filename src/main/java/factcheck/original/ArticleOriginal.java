package factcheck.original;

import factcheck.comparison.SentencePair;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The text an article was copied or reworded from, and how each of the article's sentences compares with it. */
@Entity
@Table(name = "article_original")
public class ArticleOriginal extends PanacheEntityBase {

    /** The copy's id: an article has one original at most. */
    @Id
    public Long articleId;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** The stored article the text was taken from, if it was one. */
    public Long sourceArticleId;

    /** One per sentence of the copy, in text order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<SentencePair> pairs = new ArrayList<>();

    @Column(length = 40)
    public String attachedBy;

    @Column(nullable = false)
    public Instant attachedAt;
}
