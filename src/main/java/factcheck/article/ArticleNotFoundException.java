package factcheck.article;

import factcheck.problem.ResourceNotFoundException;

public class ArticleNotFoundException extends ResourceNotFoundException {

    public ArticleNotFoundException(long id) {
        super("Article", id);
    }
}
