package kr.seoul.chatdong.commons.rest;

import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.commons.problem.ProblemType;

/**
 * Optimistic locking over HTTP: a change to an existing resource names the version it was based
 * on ({@code If-Match} with the ETag of a GET). Missing is a 428, stale a 412 that gives the
 * current version; the entity's {@code @Version} then catches a race between two matching writes.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static void requireMatch(String ifMatch, long currentVersion, String what) {
        String current = Responses.etag(currentVersion).toString();
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Changing an existing " + what + " needs If-Match: " + current + " (the ETag of your GET)")
                    .with("currentETag", current).with("currentVersion", currentVersion);
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The " + what + " was changed since you read it (your If-Match: " + ifMatch.strip() + ", now " + current
                        + "); GET it again, re-apply your change, and send the new ETag")
                .with("currentETag", current).with("currentVersion", currentVersion);
    }
}
