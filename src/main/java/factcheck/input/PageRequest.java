package factcheck.input;

/** Validated paging parameters: pages count from 0, and the first row of a page always fits in an int. */
public record PageRequest(int page, int size) {

    /** Parses query parameters as typed by a person or a script, with a message for each kind of mistake. */
    public static PageRequest parse(String page, String size, int maxSize) {
        int pageNumber = parseInt("page", page, "Pages are numbered 0, 1, 2, …");
        int pageSize = parseInt("size", size, "The page size is a whole number.");
        if (pageNumber < 0) {
            throw new InvalidFieldException("page", "Pages count from 0.");
        }
        if (pageSize < 1 || pageSize > maxSize) {
            throw new InvalidFieldException("size", "The page size is between 1 and " + maxSize + ".");
        }
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            throw new InvalidFieldException("page", "Page " + pageNumber + " is far beyond the last one.");
        }
        return new PageRequest(pageNumber, pageSize);
    }

    private static int parseInt(String field, String value, String message) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "'" + value + "' is not a number. " + message);
        }
    }
}
