package kr.seoul.chatdong.governance.document;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kr.seoul.chatdong.commons.time.Clocks;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.Meeting;

/**
 * A council's meetings as an iCalendar feed (RFC 5545): one VEVENT per meeting in Asia/Seoul time
 * (with its VTIMEZONE), lines folded at 75 octets, text escaped. Titles, places and the council's
 * name only: no member, no minutes.
 */
public final class MeetingCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** A meeting without a duration (scheduled alone) is shown two hours long. */
    static final Duration LENGTH = Duration.ofHours(2);

    private MeetingCalendar() {}

    public static String of(Council council, List<Meeting> meetings, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Seoul Chatdong//governance-service//KO");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(council.name()));
        line(ics, "X-WR-TIMEZONE:Asia/Seoul");
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:Asia/Seoul");
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19880509T030000");
        line(ics, "TZOFFSETFROM:+0900");
        line(ics, "TZOFFSETTO:+0900");
        line(ics, "TZNAME:KST");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
        for (Meeting m : meetings) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + m.id() + "@governance.chatdong.seoul.go.kr");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART;TZID=Asia/Seoul:" + LOCAL.format(m.scheduledAt().atZone(Clocks.SEOUL)));
            line(
                    ics,
                    "DTEND;TZID=Asia/Seoul:"
                            + LOCAL.format(m.scheduledAt().plus(length(m)).atZone(Clocks.SEOUL)));
            line(ics, "SUMMARY:" + text(m.title()));
            if (m.place() != null) {
                line(ics, "LOCATION:" + text(m.place()));
            }
            line(ics, "CATEGORIES:" + m.kind().name());
            line(ics, "STATUS:" + (m.status() == Meeting.Status.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            line(ics, "SEQUENCE:" + m.version());
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static Duration length(Meeting m) {
        return m.durationMinutes() == null ? LENGTH : Duration.ofMinutes(m.durationMinutes());
    }

    /** TEXT value escaping (RFC 5545 §3.3.11); control characters dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A content line folded at 75 octets (never inside a UTF-8 sequence), ended by CRLF. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
