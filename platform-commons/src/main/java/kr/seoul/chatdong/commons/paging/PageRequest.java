package kr.seoul.chatdong.commons.paging;

import java.util.ArrayList;
import java.util.List;

import kr.seoul.chatdong.commons.problem.FieldViolation;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.problem.ProblemType;

/** Which slice of a list the client asked for; {@code page} counts from 0. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** No list holds more rows than this; a page beyond it is a client error, not an overflow. */
    public static final int MAX_OFFSET = 100_000_000;

    /** Validates the raw query parameters; absent ones take the defaults, bad ones are a 400 naming them. */
    public static PageRequest of(Integer page, Integer size) {
        List<FieldViolation> errors = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            errors.add(new FieldViolation("page", "must be 0 or more (pages count from 0)"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldViolation("size", "must be between 1 and " + MAX_SIZE));
        } else if ((long) p * s > MAX_OFFSET) {
            errors.add(
                    new FieldViolation("page", "is beyond any list (page × size must stay under " + MAX_OFFSET + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Invalid paging parameters", errors);
        }
        return new PageRequest(p, s);
    }

    /** From the raw query strings, so that {@code size=abc} is a 400 naming {@code size} (not JAX-RS' 404). */
    public static PageRequest of(String page, String size) {
        return of(QueryValues.integer(page, "page"), QueryValues.integer(size, "size"));
    }

    /** The first page at the default size, for short lists given in one page. */
    public static PageRequest firstPage() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
