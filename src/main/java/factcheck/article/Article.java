package factcheck.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An imported article: its metadata and its full text exactly as imported; claims point into that text. */
@Entity
@Audited
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 2048)
    public String url;

    @Column(length = 200)
    public String outlet;

    @Column(length = 200)
    public String author;

    public LocalDate publishedOn;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** SHA-256 of the text, hex: spots a second import of the same article. */
    @Column(nullable = false, length = 64)
    public String contentHash;

    @CreationTimestamp
    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @NotAudited
    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }
}
