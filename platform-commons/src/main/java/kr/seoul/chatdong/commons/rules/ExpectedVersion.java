package kr.seoul.chatdong.commons.rules;

import java.util.List;

/**
 * The version of a thing a change was based on (optimistic locking): what the caller read. A use
 * case checks it against the current version with {@link #require}; how it travelled (HTTP's
 * {@code If-Match} with the ETag of a GET) is the REST layer's business ({@code Preconditions.expected}).
 *
 * @param versions the versions the caller accepts (none: the caller named none)
 * @param as how the caller named them, for the message (e.g. {@code "3"} as sent)
 */
public record ExpectedVersion(List<Long> versions, String as) {

    /** No version named: a change of an existing thing is refused with {@link DomainException.VersionRequired}. */
    public static final ExpectedVersion NONE = new ExpectedVersion(List.of(), null);

    public ExpectedVersion {
        versions = List.copyOf(versions);
    }

    public static ExpectedVersion of(long version) {
        return new ExpectedVersion(List.of(version), "\"" + version + "\"");
    }

    public boolean named() {
        return as != null;
    }

    /** Refuses a change based on no version (428) or on another one than {@code current} (412). */
    public void require(long current, String what) {
        if (!named()) {
            throw new DomainException.VersionRequired(what, current);
        }
        if (!versions.contains(current)) {
            throw new DomainException.StaleVersion(what, as, current);
        }
    }
}
