package kr.seoul.chatdong.cases.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.BestPracticeCase;
import kr.seoul.chatdong.cases.domain.CaseComment;
import kr.seoul.chatdong.cases.domain.CaseQuota;
import kr.seoul.chatdong.cases.domain.CaseRevision;
import kr.seoul.chatdong.cases.domain.CaseSource;
import kr.seoul.chatdong.cases.domain.CaseStatus;
import kr.seoul.chatdong.cases.domain.Channel;
import kr.seoul.chatdong.cases.domain.ProgrammeYear;
import kr.seoul.chatdong.cases.domain.PublishingCadence;
import kr.seoul.chatdong.commons.paging.ListQuery;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * The read side of best-practice cases: lists, one case, its editorial history, the feed, the
 * publishing cadence and the discovery team's quota. Without a token only PUBLISHED cases exist; the editorial history needs one.
 */
@ApplicationScoped
public class CaseQueries {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    EntityManager em;

    @Inject
    SeoulGeography geography;

    @Inject
    Caller caller;

    /**
     * Newest first, id breaking ties; with search terms, the best matches first: a term in the title
     * weighs 4, in the summary 2, anywhere (body, tags) 1. One query, no entities. Without a token
     * only PUBLISHED cases are listed (asking for another status is a 401).
     */
    public Page<CaseRow> cases(CaseFilter f, PageRequest paging) {
        geography.dongFilter(f.dongCode(), "dongCode");
        if (caller.isAnonymous()) {
            if (f.status() != null && f.status() != CaseStatus.PUBLISHED) {
                throw new DomainException.SignInRequired(
                        "Only PUBLISHED cases are public; send a bearer token to list " + f.status() + " cases");
            }
            f = f.withStatus(CaseStatus.PUBLISHED);
        }
        ListQuery query = ListQuery.from(em, "BestPracticeCase");
        String rank = TextSearch.match(query, f.terms(), "e.title", 4, "e.summary", 2);
        query.eq("status", f.status())
                .eq("roundId", f.roundId())
                .eq("districtCode", f.districtCode())
                .eq("dongCode", f.dongCode())
                .where(
                        "array_contains(%1$s.fields, :%2$s)",
                        f.field() == null ? null : f.field().name())
                .where("array_contains(%1$s.tags, :%2$s)", f.tag())
                .eq("assigneeId", f.assigneeId());
        if (f.assigned() != null) {
            // ListQuery's conditions carry a value: here a constant true beside the null test.
            query.where("%1$s.assigneeId is " + (f.assigned() ? "not " : "") + "null and :%2$s = true", Boolean.TRUE);
        }
        if (f.year() != null) {
            query.atLeast(
                            "publishedAt",
                            LocalDate.of(f.year(), 1, 1).atStartOfDay(SEOUL).toInstant())
                    .where(
                            "%1$s.publishedAt < :%2$s",
                            LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(SEOUL).toInstant());
        }
        String order = (rank == null ? "" : rank + ", ") + "e.createdAt desc, e.id";
        return query.page(
                "e.id, e.title, e.summary, e.districtCode, e.dongCode, e.field, e.fields, e.tags, e.status, e.source, "
                        + "e.roundId, e.score, e.sourceEventId, e.withdrawnReason, e.assigneeId, e.createdAt, e.publishedAt, e.version",
                order,
                paging,
                CaseQueries::row);
    }

    /** Anyone may read a published case; the others need a token (and look absent without one). */
    public BestPracticeCase bestPracticeCase(UUID id) {
        BestPracticeCase c = em.find(BestPracticeCase.class, id);
        if (c == null || caller.isAnonymous() && !c.isPublished()) {
            throw new DomainException.NotFound("case", id);
        }
        return c;
    }

    /** A case's comments, oldest first (a conversation); case_comment_case_idx serves filter and order. */
    public Page<CaseComment> comments(UUID caseId, PageRequest paging) {
        requireToken(bestPracticeCase(caseId));
        return ListQuery.from(em, "CaseComment").eq("caseId", caseId).page("e", "e.createdAt, e.id", paging, r ->
                (CaseComment) r[0]);
    }

    /** A case's revisions, newest first; the (case_id, number) unique index serves filter and order. */
    public Page<CaseRevision> revisions(UUID caseId, PageRequest paging) {
        requireToken(bestPracticeCase(caseId));
        return ListQuery.from(em, "CaseRevision").eq("caseId", caseId).page("e", "e.number desc", paging, r ->
                (CaseRevision) r[0]);
    }

    /** The editorial history (revisions, comments) is the editors' and the authors': not public. */
    private void requireToken(BestPracticeCase c) {
        if (caller.isAnonymous()) {
            throw new DomainException.SignInRequired("A case's revisions and review comments need a bearer token");
        }
    }

    /** The latest published cases, newest first (public; for the feed). */
    @Transactional
    public List<BestPracticeCase> latestPublished(int limit) {
        return em.createQuery(
                        "select c from BestPracticeCase c where c.status = :s order by c.publishedAt desc, c.id",
                        BestPracticeCase.class)
                .setParameter("s", CaseStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The year's publishing cadence against the plan's targets (two a week, 153 a year), counting
     * the discovery team's cases only (see {@link PublishingCadence}).
     */
    @Transactional
    public PublishingCadence cadence(int year) {
        LocalDate first = PublishingCadence.firstDay(year);
        LocalDate end = PublishingCadence.endExclusive(year);
        DiscoveryPublications team = discoveryPublications(new ProgrammeYear(year));
        return PublishingCadence.of(year, team.publications(), slots(first, end), team.districts());
    }

    /** 발굴단 게시 할당: the year's discovery districts by month, April to December, against one case a month. */
    @Transactional
    public CaseQuota quota(int year) {
        DiscoveryPublications team = discoveryPublications(new ProgrammeYear(year));
        return CaseQuota.of(year, team.districts(), team.publications());
    }

    /** The year's discovery districts, and the cases published in them in the programme's months. */
    record DiscoveryPublications(List<String> districts, List<PublishingCadence.Publication> publications) {}

    /**
     * One statement: each district with a discovery-team member whose period shares a day with the
     * programme, joined to its cases published (PUBLISHED or since ARCHIVED) in the programme
     * (best_practice_case_district_published_idx); a district without any comes once, with no time.
     */
    @SuppressWarnings("unchecked")
    private DiscoveryPublications discoveryPublications(ProgrammeYear programme) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.district_code, c.published_at
                        FROM (SELECT DISTINCT district_code FROM discovery_member
                              WHERE active_from <= :last AND (active_to IS NULL OR active_to >= :first)) d
                        LEFT JOIN best_practice_case c
                               ON c.district_code = d.district_code
                              AND c.published_at >= :start AND c.published_at < :end
                        ORDER BY d.district_code, c.published_at""")
                .setParameter("first", programme.firstDay())
                .setParameter("last", programme.lastDay())
                .setParameter("start", programme.start())
                .setParameter("end", programme.end())
                .getResultList();
        Set<String> districts = new LinkedHashSet<>();
        List<PublishingCadence.Publication> publications = new ArrayList<>();
        for (Object[] r : rows) {
            String district = (String) r[0];
            districts.add(district);
            if (r[1] != null) {
                publications.add(new PublishingCadence.Publication(instant(r[1]), district));
            }
        }
        return new DiscoveryPublications(List.copyOf(districts), publications);
    }

    /** A timestamptz as the driver and Hibernate hand it to a native query. */
    static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }

    /** Channel slots scheduled from {@code from} until before {@code to} (case_channel_day_idx). */
    private List<PublishingCadence.Slot> slots(LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "select s.channel, s.scheduledOn from BestPracticeCase e join e.channels s "
                                + "where s.scheduledOn >= :from and s.scheduledOn < :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> new PublishingCadence.Slot((Channel) r[0], (LocalDate) r[1]))
                .toList();
    }

    static CaseRow row(Object[] r) {
        return new CaseRow(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (Field) r[5],
                strings(r[6]).stream().map(Field::valueOf).toList(),
                strings(r[7]),
                (CaseStatus) r[8],
                (CaseSource) r[9],
                (UUID) r[10],
                r[11] == null ? null : ((Number) r[11]).intValue(),
                (String) r[12],
                (String) r[13],
                (UUID) r[14],
                (Instant) r[15],
                (Instant) r[16],
                ((Number) r[17]).longValue());
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String::valueOf).toList();
        }
        return List.copyOf((Collection<String>) value);
    }
}
