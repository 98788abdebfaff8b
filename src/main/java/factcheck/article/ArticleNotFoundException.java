package factcheck.article;

import factcheck.web.ResourceNotFoundException;

public class ArticleNotFoundException extends ResourceNotFoundException {

    public ArticleNotFoundException(long id) {
        super("Article", id);
    }
}
