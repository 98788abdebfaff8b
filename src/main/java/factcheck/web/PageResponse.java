package factcheck.web;

import java.util.List;

/** One page of a list in the API; pages count from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
