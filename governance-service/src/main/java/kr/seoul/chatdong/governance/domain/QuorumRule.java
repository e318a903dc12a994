package kr.seoul.chatdong.governance.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * 의사정족수: how many members must be present for a meeting to decide. {@code MAJORITY} (more than
 * half of the members in office), {@code TWO_THIRDS} (at least two thirds, rounded up) or
 * {@code FIXED:n} (at least n).
 */
public record QuorumRule(String text) {

    private static final Pattern FIXED = Pattern.compile("FIXED:([1-9][0-9]{0,3})");

    public static final QuorumRule MAJORITY = new QuorumRule("MAJORITY");

    public static QuorumRule parse(String text, String field) {
        if (text == null) {
            return MAJORITY;
        }
        String t = text.strip();
        if (t.equals("MAJORITY") || t.equals("TWO_THIRDS") || FIXED.matcher(t).matches()) {
            return new QuorumRule(t);
        }
        throw new DomainException.InvalidValue(
                field, "'" + text + "' is not a quorum rule: MAJORITY, TWO_THIRDS or FIXED:n (n from 1)");
    }

    /** Members who must be present, of {@code inOffice} members in office. */
    public int required(int inOffice) {
        if (text.equals("MAJORITY")) {
            return inOffice / 2 + 1;
        }
        if (text.equals("TWO_THIRDS")) {
            return (2 * inOffice + 2) / 3;
        }
        Matcher m = FIXED.matcher(text);
        m.matches();
        return Integer.parseInt(m.group(1));
    }

    /** Whether {@code present} members make a quorum (no meeting decides with no member present). */
    public boolean met(int present, int inOffice) {
        return present > 0 && present >= required(inOffice);
    }

    @Override
    public String toString() {
        return text;
    }
}
