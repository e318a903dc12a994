package kr.seoul.chatdong.cases.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's publishing cadence for a year: two cases a week (ISO weeks of the ISO week-based
 * year, Seoul time), 153 a year, and the discovery districts with no published case yet. Only the
 * discovery team's cases count: published in the programme's months (April–December, {@link
 * ProgrammeYear}) in a district with a discovery-team member then. A case counts in the week it was
 * published (archived ones too: they were published); channel slots (of any case) count in the week
 * they are scheduled for.
 */
public record PublishingCadence(
        int year,
        LocalDate programmeFrom,
        LocalDate programmeTo,
        int discoveryDistricts,
        int perWeekTarget,
        int perYearTarget,
        long published,
        boolean yearTargetMet,
        int weeksMeetingTarget,
        List<Week> weeks,
        List<String> districtsWithoutPublishedCase) {

    public static final int PER_WEEK = 2;
    public static final int PER_YEAR = 153;
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** One ISO week: the programme's cases published, and channel slots scheduled, in it. */
    public record Week(
            int week,
            LocalDate from,
            LocalDate to,
            boolean inProgramme,
            long published,
            boolean targetMet,
            Map<Channel, Long> scheduled) {}

    /** A published case: when, and of which district. */
    public record Publication(Instant publishedAt, String districtCode) {}

    /** A channel slot: which channel, on which day. */
    public record Slot(Channel channel, LocalDate scheduledOn) {}

    /** The Monday of ISO week 1 of {@code year}. */
    public static LocalDate firstDay(int year) {
        return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The day after the ISO year's last Sunday (the next year's first Monday). */
    public static LocalDate endExclusive(int year) {
        return firstDay(year + 1);
    }

    /**
     * The cadence of {@code year} from publications and slots of its ISO weeks; a publication outside
     * the programme's months or of a district not in {@code discoveryDistricts} is left out.
     */
    public static PublishingCadence of(
            int year, List<Publication> publications, List<Slot> slots, List<String> discoveryDistricts) {
        ProgrammeYear programme = new ProgrammeYear(year);
        Set<String> discovery = new HashSet<>(discoveryDistricts);
        LocalDate first = firstDay(year);
        LocalDate end = endExclusive(year);
        int weekCount = (int) (java.time.temporal.ChronoUnit.WEEKS.between(first, end));
        long[] published = new long[weekCount + 1];
        List<Map<Channel, Long>> scheduled = new ArrayList<>();
        for (int w = 0; w <= weekCount; w++) {
            Map<Channel, Long> perChannel = new EnumMap<>(Channel.class);
            for (Channel c : Channel.values()) {
                perChannel.put(c, 0L);
            }
            scheduled.add(perChannel);
        }
        Set<String> districtsPublished = new HashSet<>();
        long total = 0;
        for (Publication p : publications) {
            if (!programme.contains(p.publishedAt()) || !discovery.contains(p.districtCode())) {
                continue;
            }
            districtsPublished.add(p.districtCode());
            total++;
            LocalDate day = LocalDate.ofInstant(p.publishedAt(), SEOUL);
            if (!day.isBefore(first) && day.isBefore(end)) {
                published[day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)]++;
            }
        }
        for (Slot s : slots) {
            if (!s.scheduledOn().isBefore(first) && s.scheduledOn().isBefore(end)) {
                scheduled
                        .get(s.scheduledOn().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                        .merge(s.channel(), 1L, Long::sum);
            }
        }
        List<Week> weeks = new ArrayList<>();
        int met = 0;
        for (int w = 1; w <= weekCount; w++) {
            LocalDate from = first.plusWeeks(w - 1L);
            LocalDate to = from.plusDays(6);
            boolean inProgramme = !to.isBefore(programme.firstDay()) && !from.isAfter(programme.lastDay());
            boolean ok = published[w] >= PER_WEEK;
            met += ok ? 1 : 0;
            weeks.add(new Week(w, from, to, inProgramme, published[w], ok, scheduled.get(w)));
        }
        List<String> without = discoveryDistricts.stream()
                .sorted()
                .filter(d -> !districtsPublished.contains(d))
                .toList();
        return new PublishingCadence(
                year,
                programme.firstDay(),
                programme.lastDay(),
                discovery.size(),
                PER_WEEK,
                PER_YEAR,
                total,
                total >= PER_YEAR,
                met,
                weeks,
                without);
    }
}
