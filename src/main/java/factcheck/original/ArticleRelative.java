package factcheck.original;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Another stored article that shares most of its sentences with this one: a likely source or copy of it. */
@Entity
@Table(name = "article_relative")
public class ArticleRelative extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    /** The share of the shorter text's sentences that have a counterpart in the other, from 0 to 1. */
    @Column(nullable = false)
    public double shared;

    @Embeddable
    public record Key(@Column(name = "article_id") long articleId, @Column(name = "relative_id") long relativeId)
            implements Serializable {
    }
}
