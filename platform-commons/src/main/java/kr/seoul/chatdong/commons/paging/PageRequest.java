package kr.seoul.chatdong.commons.paging;

import kr.seoul.chatdong.commons.problem.FieldViolation;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;

/** Which slice of a list the client asked for; {@code page} counts from 0. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

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
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Invalid paging parameters", errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
