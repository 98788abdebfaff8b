package factcheck.article;

import factcheck.database.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.LocalDate;
import java.util.Optional;

/** An imported article: its metadata and its full text exactly as imported; claims point into that text. */
@Entity
@Audited
public class Article extends TimestampedEntity {

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

    @Version
    public long version;

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }
}
